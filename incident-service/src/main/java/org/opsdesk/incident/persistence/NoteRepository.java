package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.incident.domain.Note;
import org.opsdesk.incident.domain.NoteVisibility;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class NoteRepository implements PanacheRepositoryBase<Note, UUID> {

    public Page<Note> of(UUID incidentId, boolean customerVisibleOnly, PageRequest page) {
        PanacheQuery<Note> query = customerVisibleOnly
                ? find("incidentId = ?1 and visibility = ?2", Sort.by("at").and("id"), incidentId, NoteVisibility.CUSTOMER_VISIBLE)
                : find("incidentId", Sort.by("at").and("id"), incidentId);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count(), page.page(), page.size());
    }
}
