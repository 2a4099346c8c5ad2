package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.domain.IncidentLink;
import org.opsdesk.incident.domain.LinkType;

@ApplicationScoped
public class LinkRepository implements PanacheRepositoryBase<IncidentLink, UUID> {

    /** Links from and to the incident. */
    public List<IncidentLink> of(UUID incidentId) {
        return list("incidentId = ?1 or targetId = ?1", Sort.by("at").and("id"), incidentId);
    }

    public boolean exists(UUID incidentId, UUID targetId, LinkType type) {
        return count("incidentId = ?1 and targetId = ?2 and type = ?3", incidentId, targetId, type) > 0;
    }
}
