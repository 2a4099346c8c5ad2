package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.domain.LinkedTicket;

@ApplicationScoped
public class LinkedTicketRepository implements PanacheRepositoryBase<LinkedTicket, UUID> {

    public List<LinkedTicket> ofMajorIncident(UUID majorIncidentId) {
        return list("majorIncidentId", Sort.ascending("linkedAt"), majorIncidentId);
    }

    public boolean exists(UUID majorIncidentId, String reference) {
        return count("majorIncidentId = :mi and reference = :reference",
                Parameters.with("mi", majorIncidentId).and("reference", reference)) > 0;
    }
}
