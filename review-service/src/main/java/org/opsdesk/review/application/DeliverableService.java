package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.events.Outbox;
import org.opsdesk.review.domain.Deliverable;
import org.opsdesk.review.domain.DeliverableKind;
import org.opsdesk.review.domain.DeliverableStatus;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.ReviewEvents;
import org.opsdesk.review.persistence.ReviewVersionRepository;

/**
 * The approval of a deliverable (RV-3): submitted with a frozen copy of its report, approved or rejected by the
 * approvers, then distributed by event to its recipients (notification-service sends the email).
 */
@ApplicationScoped
public class DeliverableService {

    private final ReviewService reviews;
    private final ReviewVersionRepository versions;
    private final ReportService reports;
    private final ReviewPlans plans;
    private final Recipients recipients;
    private final Outbox outbox;
    private final Clock clock;

    DeliverableService(ReviewService reviews, ReviewVersionRepository versions, ReportService reports, ReviewPlans plans,
                       Recipients recipients, Outbox outbox, Clock clock) {
        this.reviews = reviews;
        this.versions = versions;
        this.reports = reports;
        this.plans = plans;
        this.recipients = recipients;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ReviewService.ReviewDetails submit(UUID id, DeliverableKind kind, String by) {
        Review review = reviews.find(id);
        review.deliverable(kind);
        ReviewPlans.Plan plan = plans.plan(review.type(), kind);
        Review.Change change = review.submit(kind, plan.requiredSections(), reports.draft(review, kind),
                plan.forCustomers() ? reports.customerDraft(review, kind) : null, by, clock.instant());
        return recorded(review, kind, change, ReviewEvents.SUBMITTED, by, null);
    }

    @Transactional
    public ReviewService.ReviewDetails approve(UUID id, DeliverableKind kind, String by) {
        Review review = reviews.find(id);
        return recorded(review, kind, review.approve(kind, by, clock.instant()), ReviewEvents.APPROVED, by, null);
    }

    @Transactional
    public ReviewService.ReviewDetails reject(UUID id, DeliverableKind kind, String reason, String by) {
        Review review = reviews.find(id);
        return recorded(review, kind, review.reject(kind, reason, by, clock.instant()), ReviewEvents.REJECTED, by, reason);
    }

    @Transactional
    public ReviewService.ReviewDetails distribute(UUID id, DeliverableKind kind, String by) {
        Review review = reviews.find(id);
        Recipients.Distribution to = recipients.of(review, plans.plan(review.type(), kind).distributeTo());
        if (to.isEmpty() && review.deliverable(kind).status() == DeliverableStatus.APPROVED) {
            throw new ConflictException("the " + kind.title().toLowerCase() + " has no recipient; configure its distribute-to");
        }
        Instant now = clock.instant();
        versions.record(id, review.distribute(kind, to.describe(), by, now));
        Deliverable deliverable = review.deliverable(kind);
        outbox.append(id.toString(), ReviewEvents.DISTRIBUTED,
                ReviewEvents.Distributed.of(review, deliverable, review.title() + " — " + kind.title(),
                        plans.reportUrl(id, kind), to.people(),
                        to.audiences(), to.customers(), to.customerOrganisations()));
        return reviews.get(id);
    }

    private ReviewService.ReviewDetails recorded(Review review, DeliverableKind kind, Review.Change change, String type,
                                                 String by, String reason) {
        versions.record(review.id(), change);
        outbox.append(review.id().toString(), type, ReviewEvents.DeliverableChanged.of(review, review.deliverable(kind), by, reason));
        return reviews.get(review.id());
    }
}
