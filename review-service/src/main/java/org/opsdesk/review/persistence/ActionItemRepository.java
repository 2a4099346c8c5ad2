package org.opsdesk.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opsdesk.review.domain.ActionItem;
import org.opsdesk.review.domain.ActionItemStatus;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {

    public List<ActionItem> ofReview(UUID reviewId) {
        return list("reviewId", Sort.ascending("dueDate", "createdAt"), reviewId);
    }

    /** Action items across reviews, by due date; null means "any". */
    public PanacheQuery<ActionItem> search(ActionItemStatus status, Boolean overdue, String owner, Instant now) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (overdue != null) {
            where.add(overdue ? "(status = :open and dueAt < :now)" : "not (status = :open and dueAt < :now)");
            params.and("open", ActionItemStatus.OPEN).and("now", now);
        }
        if (owner != null) {
            where.add("(lower(ownerName) = :owner or lower(ownerEmail) = :owner)");
            params.and("owner", owner.trim().toLowerCase());
        }
        return find((where.isEmpty() ? "" : String.join(" and ", where)) + " order by dueAt, id", params);
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
