package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.major.domain.LinkProposal;

@ApplicationScoped
public class LinkProposalRepository implements PanacheRepositoryBase<LinkProposal, UUID> {

    /** Oldest first. */
    public List<LinkProposal> ofMajorIncident(UUID majorIncidentId) {
        return list("majorIncidentId", Sort.ascending("proposedAt"), majorIncidentId);
    }

    public Optional<LinkProposal> find(UUID majorIncidentId, UUID incidentId) {
        return find("majorIncidentId = ?1 and incidentId = ?2", majorIncidentId, incidentId).firstResultOptional();
    }
}
