package org.opsdesk.review.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of the events on review.events.v1 (docs/events/review.*.schema.json). Every event carries
 * {@code reviewId}, {@code type}, {@code majorIncidentId} or {@code incidentId}, and {@code status}.
 */
public final class ReviewEvents {

    public static final String OPENED = "review.opened";
    public static final String DEADLINE_APPROACHING = "review.deadline-approaching";
    public static final String DEADLINE_MISSED = "review.deadline-missed";
    public static final String SUBMITTED = "review.submitted";
    public static final String APPROVED = "review.approved";
    public static final String REJECTED = "review.rejected";
    public static final String DISTRIBUTED = "review.distributed";
    public static final String CLOSED = "review.closed";
    public static final String ACTION_ITEM_CREATED = "review.action-item-created";
    public static final String ACTION_ITEM_COMPLETED = "review.action-item-completed";
    public static final String ACTION_ITEM_CANCELLED = "review.action-item-cancelled";
    public static final String ACTION_ITEM_OVERDUE = "review.action-item-overdue";
    public static final String ACTION_ITEM_UPDATED = "review.action-item-updated";
    public static final String ACTION_ITEM_DEFERRED = "review.action-item-deferred";
    public static final String SECTION_EDITED = "review.section-edited";
    public static final String OWNER_ASSIGNED = "review.owner-assigned";
    public static final String CLOSURE_DAY_ADDED = "review.closure-day-added";
    public static final String CLOSURE_DAY_REMOVED = "review.closure-day-removed";

    private ReviewEvents() {
    }

    public record DeliverableData(DeliverableKind kind, DeliverableStatus status, Instant dueAt) {
        static DeliverableData of(Deliverable d) {
            return new DeliverableData(d.kind(), d.status(), d.dueAt());
        }
    }

    public record Opened(UUID reviewId, ReviewType type, UUID majorIncidentId, UUID incidentId, ReviewStatus status,
                         ReviewTrigger trigger, String title, Person owner, String ownerAudience,
                         List<DeliverableData> deliverables) {
        public static Opened of(Review r) {
            return new Opened(r.id(), r.type(), r.majorIncidentId(), r.incidentId(), r.status(), r.triggerKind(), r.title(),
                    r.owner(), r.ownerAudience(), r.deliverables().stream().map(DeliverableData::of).toList());
        }
    }

    /**
     * review.deadline-approaching (to the owner) and review.deadline-missed (escalated). People are named only as the
     * review knows them (its owner); {@code ownerAudience} and {@code escalateToAudiences} are audiences of
     * notification-service, which resolves them from its one directory (RV-3). {@code escalateTo} stays for consumers
     * that read it and is empty: review-service keeps no addresses of its own.
     */
    public record Deadline(UUID reviewId, ReviewType type, UUID majorIncidentId, UUID incidentId, ReviewStatus status,
                           String title, DeliverableKind kind, DeliverableStatus deliverableStatus, Instant dueAt,
                           Person owner, String ownerAudience, List<Person> escalateTo, List<String> escalateToAudiences) {
        public static Deadline of(Review r, Deliverable d, List<String> escalateToAudiences) {
            return new Deadline(r.id(), r.type(), r.majorIncidentId(), r.incidentId(), r.status(), r.title(), d.kind(),
                    d.status(), d.dueAt(), r.owner(), r.ownerAudience(), List.of(), escalateToAudiences);
        }
    }

    /** review.submitted, review.approved, review.rejected (with the reason). */
    public record DeliverableChanged(UUID reviewId, ReviewType type, UUID majorIncidentId, UUID incidentId,
                                     ReviewStatus status, DeliverableKind kind, DeliverableStatus deliverableStatus,
                                     Integer version, String by, String reason) {
        public static DeliverableChanged of(Review r, Deliverable d, String by, String reason) {
            return new DeliverableChanged(r.id(), r.type(), r.majorIncidentId(), r.incidentId(), r.status(), d.kind(),
                    d.status(), d.submittedVersion(), by, reason);
        }
    }

    /**
     * The internal report goes to {@code recipients} and to the members of notification-service's {@code audiences};
     * the customer report to {@code customerRecipients} and the contacts of {@code customerOrganisations} (RV-3).
     */
    public record Distributed(UUID reviewId, ReviewType type, UUID majorIncidentId, UUID incidentId, ReviewStatus status,
                              DeliverableKind kind, String title, Integer version, String reportUrl, List<Person> recipients,
                              List<String> audiences, String reportMarkdown, List<Person> customerRecipients,
                              List<String> customerOrganisations, String customerReportMarkdown, Instant distributedAt,
                              Instant dueAt, boolean onTime, String by) {
        public static Distributed of(Review r, Deliverable d, String title, String reportUrl, List<Person> recipients,
                                     List<String> audiences, List<Person> customerRecipients, List<String> customerOrganisations) {
            return new Distributed(r.id(), r.type(), r.majorIncidentId(), r.incidentId(), r.status(), d.kind(), title,
                    d.submittedVersion(), reportUrl, recipients, audiences, d.reportMarkdown(), customerRecipients,
                    customerOrganisations, d.customerReportMarkdown(), d.distributedAt(), d.dueAt(),
                    Boolean.TRUE.equals(d.onTime(d.distributedAt())), d.distributedBy());
        }
    }

    public record Closed(UUID reviewId, ReviewType type, UUID majorIncidentId, UUID incidentId, ReviewStatus status,
                         Instant closedAt, String closedBy, String note) {
        public static Closed of(Review r) {
            return new Closed(r.id(), r.type(), r.majorIncidentId(), r.incidentId(), r.status(), r.closedAt(), r.closedBy(),
                    r.closingNote());
        }
    }

    public record ActionItemData(UUID id, String title, Person owner, LocalDate dueDate, Instant dueAt,
                                 ActionItemStatus status, String externalTicket, String externalUrl, String reason,
                                 int remindersSent) {
        static ActionItemData of(ActionItem i, String reason) {
            ActionItem.Ticket ticket = i.ticket();
            return new ActionItemData(i.id(), i.title(), i.owner(), i.dueDate(), i.dueAt(), i.status(),
                    ticket == null ? null : ticket.key(), ticket == null ? null : ticket.url(), reason, i.remindersSent());
        }
    }

    /** review.section-edited: the section's new content (empty when cleared) and the version it made. */
    public record SectionEdited(UUID reviewId, ReviewType type, UUID majorIncidentId, UUID incidentId, ReviewStatus status,
                                Section section, String content, int version, String by) {
        public static SectionEdited of(Review r, Review.Change c) {
            return new SectionEdited(r.id(), r.type(), r.majorIncidentId(), r.incidentId(), r.status(), c.section(),
                    c.content(), c.number(), c.author());
        }
    }

    public record OwnerAssigned(UUID reviewId, ReviewType type, UUID majorIncidentId, UUID incidentId, ReviewStatus status,
                                Person owner, int version, String by) {
        public static OwnerAssigned of(Review r, Review.Change c) {
            return new OwnerAssigned(r.id(), r.type(), r.majorIncidentId(), r.incidentId(), r.status(), r.owner(),
                    c.number(), c.author());
        }
    }

    /** review.closure-day-added and -removed (subject = the date): open deadlines within it moved. */
    public record ClosureDayChanged(LocalDate date, String reason, String by) {
        public static ClosureDayChanged of(ClosureDay d, String by) {
            return new ClosureDayChanged(d.day(), d.reason(), by);
        }
    }

    /**
     * review.action-item-created, -updated, -deferred, -completed, -cancelled (with the reason) and -overdue (first,
     * then each reminder).
     */
    public record ActionItemChanged(UUID reviewId, ReviewType type, UUID majorIncidentId, UUID incidentId,
                                    ReviewStatus status, ActionItemData actionItem, String by) {
        public static ActionItemChanged of(Review r, ActionItem i, String reason, String by) {
            return new ActionItemChanged(r.id(), r.type(), r.majorIncidentId(), r.incidentId(), r.status(),
                    ActionItemData.of(i, reason), by);
        }
    }
}
