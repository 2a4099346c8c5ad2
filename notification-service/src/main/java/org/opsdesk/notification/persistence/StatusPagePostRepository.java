package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.notification.domain.StatusPagePost;

@ApplicationScoped
public class StatusPagePostRepository implements PanacheRepositoryBase<StatusPagePost, UUID> {

    public Optional<Instant> lastPostedAt(UUID majorIncidentId) {
        return find("majorIncidentId = ?1", Sort.descending("postedAt"), majorIncidentId).firstResultOptional()
                .map(StatusPagePost::postedAt);
    }

    public List<StatusPagePost> since(Instant since, int limit) {
        // a total order (ties broken by id), so the page built from it, and its ETag, change only when a post does
        return find("postedAt >= ?1", Sort.descending("postedAt").and("id"), since).range(0, limit - 1).list();
    }
}
