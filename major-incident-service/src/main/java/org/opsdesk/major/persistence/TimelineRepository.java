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

    /**
     * In the order things happened: by time, then by entry. Entry numbers alone would not do: two transactions
     * writing at once (a communication sent while the coordinator publishes) take their numbers in another order than
     * their clock readings.
     */
    public Page<TimelineEntry> ofMajorIncident(UUID majorIncidentId, PageRequest page) {
        var found = find("majorIncidentId", Sort.ascending("at").and("seq"), majorIncidentId);
        return new Page<>(found.page(page.page(), page.size()).list(), found.count(), page.page(), page.size());
    }
}
