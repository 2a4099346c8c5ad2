package org.opsdesk.review.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One report of a review (preliminary or final) with its deadline and its approval state machine. Updates write only
 * the changed columns, so a job marking a reminder and a user submitting at the same moment do not undo each other.
 */
@Entity
@DynamicUpdate
public class Deliverable {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private DeliverableKind kind;
    @Enumerated(EnumType.STRING)
    private DeliverableStatus status;
    private int businessDays;
    private Instant startsAt;
    private Instant dueAt;
    private Instant remindAt;
    private Instant reminderSentAt;
    private Instant missedAt;
    private Instant submittedAt;
    private String submittedBy;
    private Integer submittedVersion;
    private String reportMarkdown;
    private String customerReportMarkdown;
    private Instant approvedAt;
    private String approvedBy;
    private Instant rejectedAt;
    private String rejectedBy;
    private String rejectionReason;
    private Instant distributedAt;
    private String distributedBy;

    protected Deliverable() {
    }

    public static Deliverable plan(DeliverableKind kind, int businessDays) {
        Deliverable deliverable = new Deliverable();
        deliverable.id = UUID.randomUUID();
        deliverable.kind = kind;
        deliverable.status = DeliverableStatus.DRAFT;
        deliverable.businessDays = businessDays;
        return deliverable;
    }

    /** Starts (or recomputes, e.g. after a closure day was added) the deadline; a moved deadline gets its own reminder. */
    public boolean schedule(Instant start, Deadlines deadlines) {
        Instant due = deadlines.due(start, businessDays);
        startsAt = start;
        if (due.equals(dueAt)) {
            return false;
        }
        dueAt = due;
        remindAt = deadlines.reminder(due);
        reminderSentAt = null;
        return true;
    }

    void apply(DeliverableStatus.Command command) {
        status = status.after(command);
    }

    void submitted(String by, int version, String markdown, String customerMarkdown, Instant now) {
        apply(DeliverableStatus.Command.SUBMIT);
        submittedAt = now;
        submittedBy = by;
        submittedVersion = version;
        reportMarkdown = markdown;
        customerReportMarkdown = customerMarkdown;
    }

    void approved(String by, Instant now) {
        apply(DeliverableStatus.Command.APPROVE);
        approvedAt = now;
        approvedBy = by;
    }

    void rejected(String by, String reason, Instant now) {
        apply(DeliverableStatus.Command.REJECT);
        rejectedAt = now;
        rejectedBy = by;
        rejectionReason = reason;
    }

    void distributed(String by, Instant now) {
        apply(DeliverableStatus.Command.DISTRIBUTE);
        distributedAt = now;
        distributedBy = by;
    }

    public boolean isOverdue(Instant now) {
        return status != DeliverableStatus.DISTRIBUTED && dueAt != null && now.isAfter(dueAt);
    }

    public boolean reminderDue(Instant now) {
        return status != DeliverableStatus.DISTRIBUTED && reminderSentAt == null && remindAt != null
                && !now.isBefore(remindAt) && now.isBefore(dueAt);
    }

    public boolean missedDue(Instant now) {
        return missedAt == null && isOverdue(now);
    }

    public void markReminded(Instant now) {
        reminderSentAt = now;
    }

    public void markMissed(Instant now) {
        missedAt = now;
    }

    /** Distributed by the deadline; null while it is neither distributed nor overdue. */
    public Boolean onTime(Instant now) {
        if (distributedAt != null) {
            return dueAt == null || !distributedAt.isAfter(dueAt);
        }
        return isOverdue(now) ? Boolean.FALSE : null;
    }

    public UUID id() { return id; }
    public DeliverableKind kind() { return kind; }
    public DeliverableStatus status() { return status; }
    public int businessDays() { return businessDays; }
    public Instant startsAt() { return startsAt; }
    public Instant dueAt() { return dueAt; }
    public Instant remindAt() { return remindAt; }
    public Instant reminderSentAt() { return reminderSentAt; }
    public Instant missedAt() { return missedAt; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public Integer submittedVersion() { return submittedVersion; }
    public String reportMarkdown() { return reportMarkdown; }
    public String customerReportMarkdown() { return customerReportMarkdown; }
    public Instant approvedAt() { return approvedAt; }
    public String approvedBy() { return approvedBy; }
    public Instant rejectedAt() { return rejectedAt; }
    public String rejectedBy() { return rejectedBy; }
    public String rejectionReason() { return rejectionReason; }
    public Instant distributedAt() { return distributedAt; }
    public String distributedBy() { return distributedBy; }
}
