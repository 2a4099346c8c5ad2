package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.platform.events.Outbox;
import org.opsdesk.review.domain.Deliverable;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.ReviewEvents;
import org.opsdesk.review.persistence.ReviewRepository;

/**
 * Deadline jobs of deliverables (RV-5): "query what is due, then act". A reminder goes to the owner once per
 * deadline; a missed deadline is announced once and escalated. Rows are locked with SKIP LOCKED and marked in the
 * same transaction as the event, so neither a second run nor a second replica fires again.
 */
@ApplicationScoped
public class DeadlineService {

    private final ReviewRepository reviews;
    private final ReviewPlans plans;
    private final Outbox outbox;

    DeadlineService(ReviewRepository reviews, ReviewPlans plans, Outbox outbox) {
        this.reviews = reviews;
        this.plans = plans;
        this.outbox = outbox;
    }

    @Transactional
    public int remindersDue(Instant now) {
        return announce(now, false);
    }

    @Transactional
    public int missedDue(Instant now) {
        return announce(now, true);
    }

    private int announce(Instant now, boolean missed) {
        List<UUID> due = reviews.lockDeliverablesDue(now, missed);
        for (UUID id : due) {
            Review review = reviews.findByDeliverable(id);
            Deliverable deliverable = deliverable(review, id);
            if (missed) {
                deliverable.markMissed(now);
                outbox.append(review.id().toString(), ReviewEvents.DEADLINE_MISSED,
                        ReviewEvents.Deadline.of(review, deliverable, plans.escalation()));
            } else {
                deliverable.markReminded(now);
                outbox.append(review.id().toString(), ReviewEvents.DEADLINE_APPROACHING,
                        ReviewEvents.Deadline.of(review, deliverable, List.of()));
            }
        }
        return due.size();
    }

    private static Deliverable deliverable(Review review, UUID id) {
        return review.deliverables().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
