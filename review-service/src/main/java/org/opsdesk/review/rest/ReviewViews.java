package org.opsdesk.review.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opsdesk.review.application.ReviewService.ReviewDetails;
import org.opsdesk.review.domain.ActionItem;
import org.opsdesk.review.domain.ActionItemStatus;
import org.opsdesk.review.domain.Deliverable;
import org.opsdesk.review.domain.DeliverableKind;
import org.opsdesk.review.domain.DeliverableStatus;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.ReviewStatus;
import org.opsdesk.review.domain.ReviewTrigger;
import org.opsdesk.review.domain.ReviewType;
import org.opsdesk.review.domain.Section;

/** The JSON answers of the review API. Field names integrators rely on are in issue 6 and the service doc. */
public final class ReviewViews {

    private ReviewViews() {
    }

    public record SectionView(Section key, String title, String content) {
    }

    public record DeliverableView(@Schema(implementation = DeliverableKind.class) String kind,
                                  @Schema(implementation = DeliverableStatus.class) String status, Instant dueAt,
                                  Instant remindAt, boolean overdue,
                                  Boolean onTime, int businessDays, Instant startsAt, Instant submittedAt,
                                  String submittedBy, Integer submittedVersion, Instant approvedAt, String approvedBy,
                                  Instant rejectedAt, String rejectedBy, String rejectionReason, Instant distributedAt,
                                  String distributedBy, List<String> allowedCommands) {
        static DeliverableView of(Deliverable d, Instant now) {
            return new DeliverableView(d.kind().name(), d.status().name(), d.dueAt(), d.remindAt(), d.isOverdue(now),
                    d.onTime(now), d.businessDays(), d.startsAt(), d.submittedAt(), d.submittedBy(), d.submittedVersion(),
                    d.approvedAt(), d.approvedBy(), d.rejectedAt(), d.rejectedBy(), d.rejectionReason(), d.distributedAt(),
                    d.distributedBy(), d.status().allowedLabels());
        }
    }

    public record Deferral(String reason, String by, Instant at) {
    }

    public record ActionItemView(UUID id, UUID reviewId, String title, Person owner, LocalDate dueDate, Instant dueAt,
                                 @Schema(implementation = ActionItemStatus.class) String status, boolean overdue,
                                 ActionItem.Ticket externalTicket, Instant createdAt,
                                 String createdBy, Instant completedAt, String completedBy, Instant cancelledAt,
                                 String cancellationReason, Deferral deferral, int remindersSent,
                                 List<String> allowedCommands) {
        static ActionItemView of(ActionItem i, Instant now) {
            return new ActionItemView(i.id(), i.reviewId(), i.title(), i.owner(), i.dueDate(), i.dueAt(), i.status().name(),
                    i.isOverdue(now), i.ticket(), i.createdAt(), i.createdBy(), i.completedAt(), i.completedBy(),
                    i.cancelledAt(), i.cancellationReason(),
                    i.deferralReason() == null ? null : new Deferral(i.deferralReason(), i.deferredBy(), i.deferredAt()),
                    i.remindersSent(), i.status().allowedLabels());
        }
    }

    /** Another review of the same outage (a severity-1 incident's PIR and its major incident's AAR). */
    public record RelatedReview(UUID id, @Schema(implementation = ReviewType.class) String type, String title,
                                @Schema(implementation = ReviewStatus.class) String status) {
        static RelatedReview of(Review r) {
            return new RelatedReview(r.id(), r.type().name(), r.title(), r.status().name());
        }
    }

    @Schema(requiredProperties = {"id", "type", "trigger", "title", "incidentIds", "serviceIds", "status", "openedAt", "version",
            "overdue", "sections", "deliverables", "actionItems", "relatedReviews", "allowedCommands"})
    public record ReviewView(UUID id, @Schema(implementation = ReviewType.class) String type,
                             @Schema(implementation = ReviewTrigger.class) String trigger,
                             @Schema(example = "MI-000042 Payroll portal down") String title,
                             UUID majorIncidentId, UUID incidentId, List<String> incidentIds, List<String> serviceIds,
                             @Schema(implementation = ReviewStatus.class) String status, Person owner,
                             String ownerAudience, Instant openedAt, Instant closedAt, String closedBy, String closingNote, int version,
                             boolean overdue, List<SectionView> sections, List<DeliverableView> deliverables,
                             List<ActionItemView> actionItems, List<RelatedReview> relatedReviews,
                             List<String> allowedCommands) {
        static ReviewView of(ReviewDetails details, Instant now) {
            Review r = details.review();
            List<SectionView> sections = Arrays.stream(Section.values())
                    .map(s -> new SectionView(s, s.title(), r.sections().getOrDefault(s, ""))).toList();
            return new ReviewView(r.id(), r.type().name(), r.triggerKind().name(), r.title(), r.majorIncidentId(),
                    r.incidentId(), r.incidentIds(), r.serviceIds(), r.status().name(), r.owner(), r.ownerAudience(), r.openedAt(),
                    r.closedAt(), r.closedBy(), r.closingNote(), r.versionNumber(), r.isOverdue(now), sections,
                    r.deliverables().stream().map(d -> DeliverableView.of(d, now)).toList(),
                    details.actionItems().stream().map(i -> ActionItemView.of(i, now)).toList(),
                    details.sameOutage().stream().map(RelatedReview::of).toList(), r.status().allowedLabels());
        }
    }

    public record VersionView(int number, String author, Instant at, String change, Section section, String content) {
        static VersionView of(Review.Change c) {
            return new VersionView(c.number(), c.author(), c.at(), c.description(), c.section(), c.content());
        }
    }
}
