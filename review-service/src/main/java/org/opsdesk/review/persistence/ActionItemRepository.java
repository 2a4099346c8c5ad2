package org.opsdesk.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.review.domain.ActionItem;
import org.opsdesk.review.domain.ActionItemStatus;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {

    public List<ActionItem> ofReview(UUID reviewId) {
        return list("reviewId", Sort.ascending("dueDate", "createdAt"), reviewId);
    }

    public long countBlockingClose(UUID reviewId) {
        return count("reviewId = ?1 and status = ?2 and deferralReason is null", reviewId, ActionItemStatus.OPEN);
    }

    /** Open items past due never announced (first) or announced longer than {@code every} ago (reminder). */
    @SuppressWarnings("unchecked")
    public List<UUID> lockOverdue(Instant now, Duration every, boolean reminders) {
        var query = getEntityManager().createNativeQuery("select id from action_item where status = 'OPEN' and due_at < :now and "
                + (reminders ? "overdue_at is not null and last_reminder_at <= :since" : "overdue_at is null")
                + " order by due_at limit 500 for update skip locked", UUID.class).setParameter("now", now);
        return (reminders ? query.setParameter("since", now.minus(every)) : query).getResultList();
    }

    public long countOpen() {
        return count("status", ActionItemStatus.OPEN);
    }

    public long countOverdue(Instant now) {
        return count("status = ?1 and dueAt < ?2", ActionItemStatus.OPEN, now);
    }
}
