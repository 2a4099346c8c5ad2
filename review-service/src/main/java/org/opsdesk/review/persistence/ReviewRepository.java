package org.opsdesk.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.ReviewFilter;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    public Optional<Review> findByTriggerKey(String key) {
        return find("triggerKey", key).firstResultOptional();
    }

    /**
     * The other reviews of the same outage: those sharing an incident or a major incident with it, e.g. the PIR of a
     * severity-1 incident and the AAR of the major incident it became.
     */
    @SuppressWarnings("unchecked")
    public List<Review> sameOutage(UUID reviewId, Collection<String> incidentIds, Collection<UUID> majorIncidentIds) {
        List<UUID> ids = getEntityManager().createNativeQuery("select id from review where id <> ?1 and (incident_ids && "
                        + "cast(?2 as varchar(64)[]) or cast(major_incident_id as varchar) = any(cast(?3 as varchar[]))) "
                        + "order by opened_at", UUID.class)
                .setParameter(1, reviewId).setParameter(2, "{" + String.join(",", incidentIds) + "}")
                .setParameter(3, "{" + String.join(",", majorIncidentIds.stream().map(UUID::toString).toList()) + "}")
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.by("openedAt"), ids);
    }

    public boolean recurrenceReviewedSince(String serviceId, String category, Instant since) {
        return count("triggerKey like ?1 and openedAt >= ?2", "recurrence:" + serviceId + ":" + category + ":%", since) > 0;
    }

    public PanacheQuery<Review> list(ReviewFilter filter, Instant now) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.majorIncidentId() != null) {
            where.add("majorIncidentId = :mi");
            params.and("mi", filter.majorIncidentId());
        }
        if (filter.incidentId() != null) {
            where.add("(incidentId = :incident or array_contains(incidentIds, :incidentText))");
            params.and("incident", filter.incidentId()).and("incidentText", filter.incidentId().toString());
        }
        if (filter.type() != null) {
            where.add("type = :type");
            params.and("type", filter.type());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.from() != null) {
            where.add("openedAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("openedAt < :to");
            params.and("to", filter.to());
        }
        if (filter.overdue() != null) {
            where.add((filter.overdue() ? "" : "not ") + "exists (select 1 from Review o join o.deliverables d where o.id = r.id"
                    + " and d.status <> org.opsdesk.review.domain.DeliverableStatus.DISTRIBUTED and d.dueAt < :now)");
            params.and("now", now);
        }
        String query = "from Review r" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, Sort.descending("openedAt").and("id"), params);
    }

    /** Deliverables whose reminder or missed-deadline notice is due, locked so another replica skips them. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDeliverablesDue(Instant now, boolean missed) {
        String condition = missed ? "missed_at is null and due_at < :now"
                : "reminder_sent_at is null and remind_at <= :now and due_at > :now";
        return getEntityManager().createNativeQuery("select id from deliverable where status <> 'DISTRIBUTED' and "
                        + condition + " order by due_at limit 500 for update skip locked", UUID.class)
                .setParameter("now", now).getResultList();
    }

    /** Undistributed deliverables not yet missed whose deadline may move when a closure day changes. */
    @SuppressWarnings("unchecked")
    public List<UUID> reviewsWithOpenDeadlinesAfter(Instant since) {
        return getEntityManager().createNativeQuery("select distinct review_id from deliverable where status <> 'DISTRIBUTED'"
                        + " and missed_at is null and starts_at is not null and due_at >= :since", UUID.class)
                .setParameter("since", since).getResultList();
    }

    public Review findByDeliverable(UUID deliverableId) {
        return find("select r from Review r join r.deliverables d where d.id = ?1", deliverableId).singleResult();
    }

    public List<Review> awaitingDeadlineStart(UUID incidentId) {
        return find("select distinct r from Review r join r.deliverables d where r.incidentId = ?1 and d.startsAt is null",
                incidentId).list();
    }
}
