package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.major.domain.StatusUpdate;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class StatusUpdateRepository implements PanacheRepositoryBase<StatusUpdate, UUID> {

    /** Newest first. */
    public Page<StatusUpdate> ofMajorIncident(UUID majorIncidentId, PageRequest page) {
        var found = find("majorIncidentId", Sort.descending("publishedAt"), majorIncidentId);
        return new Page<>(found.page(page.page(), page.size()).list(), found.count(), page.page(), page.size());
    }
}
