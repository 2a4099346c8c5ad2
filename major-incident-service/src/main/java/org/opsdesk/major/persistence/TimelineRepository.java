package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.major.domain.TimelineEntry;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, Long> {

    /** In the order things happened. */
    public Page<TimelineEntry> ofMajorIncident(UUID majorIncidentId, PageRequest page) {
        var found = find("majorIncidentId", Sort.ascending("seq"), majorIncidentId);
        return new Page<>(found.page(page.page(), page.size()).list(), found.count(), page.page(), page.size());
    }
}
