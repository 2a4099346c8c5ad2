package org.opsdesk.review.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up of a review, tracked to completion (004 §3.7): OPEN → DONE, or CANCELLED with a reason. */
@Entity
public class ActionItem {

    @Id
    private UUID id;
    private UUID reviewId;
    private String title;
    private String ownerName;
    private String ownerEmail;
    private LocalDate dueDate;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private ActionItemStatus status;
    private String externalTicket;
    private String externalUrl;
    private Instant createdAt;
    private String createdBy;
    private Instant completedAt;
    private String completedBy;
    private Instant cancelledAt;
    private String cancelledBy;
    private String cancellationReason;
    private String deferralReason;
    private String deferredBy;
    private Instant deferredAt;
    private Instant overdueAt;
    private Instant lastReminderAt;
    private int remindersSent;
    @Version
    private long version;

    protected ActionItem() {
    }

    public record Ticket(String key, String url) {
    }

    /** @param dueAt the end of the due date in the organisation's calendar, after which the item is overdue */
    public static ActionItem create(UUID reviewId, String title, Person owner, LocalDate dueDate, Instant dueAt,
                                    Ticket ticket, String by, Instant now) {
        ActionItem item = new ActionItem();
        item.id = UUID.randomUUID();
        item.reviewId = reviewId;
        item.title = title;
        item.ownerName = owner.name();
        item.ownerEmail = owner.email();
        item.dueDate = dueDate;
        item.dueAt = dueAt;
        item.status = ActionItemStatus.OPEN;
        item.externalTicket = ticket == null ? null : ticket.key();
        item.externalUrl = ticket == null ? null : ticket.url();
        item.createdAt = now;
        item.createdBy = by;
        return item;
    }

    /** Changes what was planned; a new due date gets its own overdue notice and reminders. */
    public void update(String title, Person owner, LocalDate dueDate, Instant dueAt, Ticket ticket) {
        status.require(ActionItemStatus.Command.EDIT);
        this.title = title;
        this.ownerName = owner.name();
        this.ownerEmail = owner.email();
        this.externalTicket = ticket == null ? null : ticket.key();
        this.externalUrl = ticket == null ? null : ticket.url();
        if (!dueAt.equals(this.dueAt)) {
            this.dueDate = dueDate;
            this.dueAt = dueAt;
            overdueAt = null;
            lastReminderAt = null;
            remindersSent = 0;
        }
    }

    public void complete(String by, Instant now) {
        status = status.after(ActionItemStatus.Command.COMPLETE);
        completedAt = now;
        completedBy = by;
    }

    public void cancel(String reason, String by, Instant now) {
        status = status.after(ActionItemStatus.Command.CANCEL);
        cancelledAt = now;
        cancelledBy = by;
        cancellationReason = reason;
    }

    /** Lets the review close while this item stays open and tracked (e.g. a fix planned for a later release). */
    public void defer(String reason, String by, Instant now) {
        status.require(ActionItemStatus.Command.DEFER);
        deferralReason = reason;
        deferredBy = by;
        deferredAt = now;
    }

    public boolean isOverdue(Instant now) {
        return status == ActionItemStatus.OPEN && now.isAfter(dueAt);
    }

    public boolean blocksClosing() {
        return status == ActionItemStatus.OPEN && deferralReason == null;
    }

    public void markOverdue(Instant now) {
        overdueAt = now;
        lastReminderAt = now;
    }

    public void markReminded(Instant now) {
        lastReminderAt = now;
        remindersSent++;
    }

    public UUID id() { return id; }
    public UUID reviewId() { return reviewId; }
    public String title() { return title; }
    public Person owner() { return Person.of(ownerName, ownerEmail); }
    public LocalDate dueDate() { return dueDate; }
    public Instant dueAt() { return dueAt; }
    public ActionItemStatus status() { return status; }
    public Ticket ticket() { return externalTicket == null && externalUrl == null ? null : new Ticket(externalTicket, externalUrl); }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant completedAt() { return completedAt; }
    public String completedBy() { return completedBy; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancellationReason() { return cancellationReason; }
    public String deferralReason() { return deferralReason; }
    public String deferredBy() { return deferredBy; }
    public Instant deferredAt() { return deferredAt; }
    public Instant overdueAt() { return overdueAt; }
    public Instant lastReminderAt() { return lastReminderAt; }
    public int remindersSent() { return remindersSent; }
}
