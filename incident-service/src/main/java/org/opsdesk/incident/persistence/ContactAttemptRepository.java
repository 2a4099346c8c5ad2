package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.domain.ContactAttempt;

@ApplicationScoped
public class ContactAttemptRepository implements PanacheRepositoryBase<ContactAttempt, UUID> {

    public List<ContactAttempt> of(UUID incidentId) {
        return list("incidentId", Sort.by("at").and("id"), incidentId);
    }
}
