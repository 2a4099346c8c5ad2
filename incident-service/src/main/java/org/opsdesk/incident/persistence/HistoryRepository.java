package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.incident.domain.HistoryEntry;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, Long> {

    public Page<HistoryEntry> of(UUID incidentId, PageRequest page) {
        PanacheQuery<HistoryEntry> query = find("incidentId", Sort.by("id"), incidentId);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count(), page.page(), page.size());
    }
}
