package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.major.domain.Proposal;
import org.opsdesk.major.domain.ProposalOrigin;
import org.opsdesk.major.domain.ProposalStatus;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<Proposal, UUID> {

    /** Newest first; status and incidentId are optional filters. */
    public Page<Proposal> list(ProposalStatus status, UUID incidentId, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (incidentId != null) {
            query.append(" and :incidentId member of incidentIds");
            parameters.and("incidentId", incidentId);
        }
        var found = find(query.toString(), Sort.descending("reportedAt"), parameters);
        return new Page<>(found.page(page.page(), page.size()).list(), found.count(), page.page(), page.size());
    }

    /** Whether a proposal of {@code origin} for {@code serviceId} is still waiting for an authority. */
    public boolean pendingFor(ProposalOrigin origin, String serviceId) {
        return count("origin = ?1 and status = ?2 and ?3 member of serviceIds", origin, ProposalStatus.PENDING, serviceId) > 0;
    }

    public boolean existsForIncident(UUID incidentId) {
        return count("originIncidentId", incidentId) > 0;
    }
}
