package org.opsdesk.notification.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opsdesk.platform.text.Text;

/**
 * One message to one audience on one channel, due at a time: a slot of a communication plan or a one-off notice.
 * {@code dedupKey} is unique, so the same slot or notice is never created, and so never sent, twice.
 */
@Entity
public class Delivery {

    @Id
    private UUID id;
    private UUID planId;
    private UUID noticeId;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;
    private UUID subjectId;
    private String dedupKey;
    private String audience;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private DeliveryKind kind;
    private Integer slot;
    @Convert(converter = JsonColumns.Recipients.class)
    private List<Recipient> recipients;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> deliveredTo;
    private Instant dueAt;
    private Instant deadlineAt;
    @Enumerated(EnumType.STRING)
    private DeliveryState state;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private Instant sendStartedAt;
    private String lastError;
    private boolean late;
    private boolean stale;
    private boolean overdueRaised;
    private Instant statusPublishedAt;
    private String messageSubject;
    private String messageText;
    private String messageHtml;
    private Instant createdAt;
    /** W3C traceparent of the span that queued it (written by the repository's insert). */
    private String traceParent;
    @Version
    private long version;

    protected Delivery() {
    }

    /** A slot of {@code plan} for {@code audience}: number {@code slot}, due at {@code dueAt}, overdue after {@code deadlineAt}. */
    public static Delivery slot(CommunicationPlan plan, PlanAudience audience, DeliveryKind kind, int slot, Instant dueAt,
                                Instant deadlineAt, List<Recipient> recipients, Instant now) {
        Delivery d = base(plan.subjectType(), plan.subjectId(), audience.audience(), audience.channel(), kind, dueAt, deadlineAt, now);
        d.planId = plan.id();
        d.recipients = List.copyOf(recipients);
        d.slot = slot;
        d.dedupKey = "plan/" + plan.id() + "/" + audience.audience() + "/" + (kind == DeliveryKind.RESOLUTION ? "resolution" : slot);
        return d;
    }

    /** A one-off notice whose content is fixed now; {@code dedupKey} names the fact it reports. */
    public static Delivery notice(SubjectType type, UUID subjectId, String dedupKey, String audience, Channel channel,
                                  DeliveryKind kind, List<Recipient> recipients, Message message, Instant now, Duration grace) {
        Delivery d = base(type, subjectId, audience, channel, kind, now, now.plus(grace), now);
        d.dedupKey = dedupKey;
        d.recipients = List.copyOf(recipients);
        d.messageSubject = Text.clip(message.subject(), 500);
        d.messageText = message.text();
        d.messageHtml = message.html();
        return d;
    }

    /** One channel of a personal notice: to the one person the notice is for. */
    public static Delivery personal(Notice notice, Channel channel, Recipient recipient, Message message, Instant now,
                                    Duration grace) {
        Delivery d = notice(notice.subjectType(), notice.subjectId(), "notice/" + notice.id() + "/" + channel + "/"
                + UUID.nameUUIDFromBytes(recipient.address().getBytes(StandardCharsets.UTF_8)), "person",
                channel, DeliveryKind.PERSONAL_NOTICE, List.of(recipient), message, now, grace);
        d.noticeId = notice.id();
        return d;
    }

    /** A slot whose time passed while an earlier slot was late; recorded so nothing due is skipped silently. */
    public static Delivery missed(CommunicationPlan plan, PlanAudience audience, int slot, Instant dueAt, String reason, Instant now) {
        Delivery d = slot(plan, audience, DeliveryKind.UPDATE, slot, dueAt, dueAt, List.of(), now);
        d.state = DeliveryState.MISSED;
        d.late = true;
        d.overdueRaised = true;
        d.lastError = reason;
        return d;
    }

    private static Delivery base(SubjectType type, UUID subjectId, String audience, Channel channel, DeliveryKind kind,
                                 Instant dueAt, Instant deadlineAt, Instant now) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.subjectType = type;
        d.subjectId = subjectId;
        d.audience = audience;
        d.channel = channel;
        d.kind = kind;
        d.recipients = List.of();
        d.deliveredTo = List.of();
        d.dueAt = dueAt;
        d.deadlineAt = deadlineAt;
        d.state = DeliveryState.PENDING;
        d.nextAttemptAt = dueAt;
        d.createdAt = now;
        return d;
    }

    /** The content a slot is sent with: who gets it and whether the status is unchanged since the previous slot. */
    public void prepare(List<Recipient> recipients, Instant statusPublishedAt, boolean stale) {
        state.require(DeliveryState.Command.RECORD_ATTEMPT);
        this.recipients = List.copyOf(recipients);
        this.statusPublishedAt = statusPublishedAt;
        this.stale = stale;
    }

    public void markDelivered(String address) {
        List<String> done = new ArrayList<>(deliveredTo);
        done.add(address);
        deliveredTo = List.copyOf(done);
    }

    public boolean deliveredTo(String address) {
        return deliveredTo.contains(address);
    }

    /**
     * An attempt begins: committed before the gateway is called and cleared with the outcome, so a sender that dies
     * in between leaves a trace, and no one cancels a message that may already have gone out.
     * @return true when an earlier attempt began and never recorded its outcome (its process died)
     */
    public boolean startSending(Instant now) {
        state.require(DeliveryState.Command.RECORD_ATTEMPT);
        boolean outcomeLost = sendStartedAt != null;
        sendStartedAt = now;
        return outcomeLost;
    }

    public DeliveryAttempt recordSent(Instant now, Duration grace) {
        state.require(DeliveryState.Command.RECORD_ATTEMPT);
        sendStartedAt = null;
        attempts++;
        state = DeliveryState.SENT;
        sentAt = now;
        late = now.isAfter(dueAt.plus(grace));
        lastError = null;
        return new DeliveryAttempt(id, attempts, now, AttemptOutcome.SENT, recipients.size() + " recipient(s)");
    }

    /** Schedules a retry with backoff, or gives up on a permanent failure or after the last attempt. */
    public DeliveryAttempt recordFailure(DeliveryFailure failure, RetryPolicy policy, Instant now) {
        state.require(DeliveryState.Command.RECORD_ATTEMPT);
        sendStartedAt = null;
        attempts++;
        lastError = Text.clip(failure.getMessage(), 2000);
        if (failure.retryable() && !policy.exhausted(attempts)) {
            nextAttemptAt = policy.nextAttemptAt(attempts, now);
            return new DeliveryAttempt(id, attempts, now, AttemptOutcome.RETRY, lastError);
        }
        state = DeliveryState.FAILED;
        late = now.isAfter(deadlineAt);
        return new DeliveryAttempt(id, attempts, now, AttemptOutcome.FAILED, lastError);
    }

    /** A pending slot due later is due now (a status update was published); its deadline moves with it. */
    public void bringForward(Instant now, Instant deadline) {
        state.require(DeliveryState.Command.CANCEL);
        if (dueAt.isAfter(now)) {
            dueAt = now;
            nextAttemptAt = now;
            deadlineAt = deadline;
        }
    }

    public void cancel(String reason) {
        state.require(DeliveryState.Command.CANCEL);
        sendStartedAt = null;
        state = DeliveryState.CANCELLED;
        lastError = reason;
    }

    /** @return true the first time: the overdue alarm is raised once per delivery */
    public boolean raiseOverdue() {
        if (overdueRaised || state != DeliveryState.PENDING) {
            return false;
        }
        overdueRaised = true;
        return true;
    }

    public Message storedMessage() {
        return messageText == null ? null : new Message(messageSubject, messageText, messageHtml);
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public UUID noticeId() { return noticeId; }
    public SubjectType subjectType() { return subjectType; }
    public UUID subjectId() { return subjectId; }
    public String dedupKey() { return dedupKey; }
    public String audience() { return audience; }
    public Channel channel() { return channel; }
    public DeliveryKind kind() { return kind; }
    public Integer slot() { return slot; }
    public List<Recipient> recipients() { return recipients; }
    public Instant dueAt() { return dueAt; }
    public Instant deadlineAt() { return deadlineAt; }
    public DeliveryState state() { return state; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant sentAt() { return sentAt; }
    public Instant sendStartedAt() { return sendStartedAt; }
    public String lastError() { return lastError; }
    public boolean late() { return late; }
    public boolean stale() { return stale; }
    public Instant statusPublishedAt() { return statusPublishedAt; }
    public List<String> deliveredTo() { return deliveredTo; }
    public boolean overdueRaised() { return overdueRaised; }
    public String messageSubject() { return messageSubject; }
    public String messageText() { return messageText; }
    public String messageHtml() { return messageHtml; }
    public Instant createdAt() { return createdAt; }
    public String traceParent() { return traceParent; }
}
