package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.major.domain.Proposal;
import org.opsdesk.major.domain.ProposalStatus;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<Proposal, UUID> {

    public Page<Proposal> list(ProposalStatus status, PageRequest page) {
        var found = status == null ? findAll(Sort.descending("reportedAt"))
                : find("status", Sort.descending("reportedAt"), status);
        return new Page<>(found.page(page.page, page.size).list(), found.count(), page.page, page.size);
    }

    public boolean existsForIncident(UUID incidentId) {
        return count("originIncidentId", incidentId) > 0;
    }
}
