package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.DeliveryState;
import org.opsdesk.notification.domain.JsonColumns;
import org.opsdesk.notification.domain.SubjectType;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    private static final JsonColumns.Recipients RECIPIENTS = new JsonColumns.Recipients();
    private static final JsonColumns.Strings STRINGS = new JsonColumns.Strings();

    /** Deliveries claimed by one query: all of one channel, each to be locked again with {@link #lockClaimed}. */
    public record Claim(Instant token, List<UUID> ids) {
    }

    /** A claimed delivery, locked, with the version of its plan (null for a notice) to check a cached plan against. */
    public record Locked(Delivery delivery, Long planVersion) {
    }

    /**
     * Inserts the delivery unless one with its dedupKey (or its plan, audience and slot) exists, relying on the
     * unique constraints: a concurrent insert of the same key waits for the other transaction and then does nothing.
     * @param traceParent the trace its send continues (EventTracing), null for none
     * @return true when this call inserted it
     */
    public boolean insertIfAbsent(Delivery d, String traceParent) {
        NativeQuery<?> insert = getEntityManager().createNativeQuery("""
                insert into delivery (id, plan_id, notice_id, subject_type, subject_id, dedup_key, audience, channel, kind, slot, recipients,
                    delivered_to, due_at, deadline_at, state, attempts, next_attempt_at, sent_at, last_error, late, stale,
                    overdue_raised, status_published_at, message_subject, message_text, message_html, created_at, trace_parent, version)
                values (:id, :planId, :noticeId, :subjectType, :subjectId, :dedupKey, :audience, :channel, :kind, :slot, :recipients,
                    :deliveredTo, :dueAt, :deadlineAt, :state, :attempts, :nextAttemptAt, :sentAt, :lastError, :late, :stale,
                    :overdueRaised, :statusPublishedAt, :messageSubject, :messageText, :messageHtml, :createdAt, :traceParent, 0)
                on conflict do nothing""").unwrap(NativeQuery.class);
        insert.setParameter("id", d.id(), UUID.class)
                .setParameter("planId", d.planId(), UUID.class)
                .setParameter("noticeId", d.noticeId(), UUID.class)
                .setParameter("subjectType", d.subjectType().name(), String.class)
                .setParameter("subjectId", d.subjectId(), UUID.class)
                .setParameter("dedupKey", d.dedupKey(), String.class)
                .setParameter("audience", d.audience(), String.class)
                .setParameter("channel", d.channel().name(), String.class)
                .setParameter("kind", d.kind().name(), String.class)
                .setParameter("slot", d.slot(), Integer.class)
                .setParameter("recipients", RECIPIENTS.convertToDatabaseColumn(d.recipients()), String.class)
                .setParameter("deliveredTo", STRINGS.convertToDatabaseColumn(d.deliveredTo()), String.class)
                .setParameter("dueAt", d.dueAt(), Instant.class)
                .setParameter("deadlineAt", d.deadlineAt(), Instant.class)
                .setParameter("state", d.state().name(), String.class)
                .setParameter("attempts", d.attempts(), Integer.class)
                .setParameter("nextAttemptAt", d.nextAttemptAt(), Instant.class)
                .setParameter("sentAt", d.sentAt(), Instant.class)
                .setParameter("lastError", d.lastError(), String.class)
                .setParameter("late", d.late(), Boolean.class)
                .setParameter("stale", d.stale(), Boolean.class)
                .setParameter("overdueRaised", d.overdueRaised(), Boolean.class)
                .setParameter("statusPublishedAt", d.statusPublishedAt(), Instant.class)
                .setParameter("messageSubject", d.messageSubject(), String.class)
                .setParameter("messageText", d.messageText(), String.class)
                .setParameter("messageHtml", d.messageHtml(), String.class)
                .setParameter("createdAt", d.createdAt(), Instant.class)
                .setParameter("traceParent", traceParent, String.class);
        return insert.executeUpdate() == 1;
    }

    /** The channel, among {@code channels}, of the delivery that has been due longest at {@code now}. */
    public Optional<Channel> earliestDueChannel(Instant now, Collection<Channel> channels) {
        @SuppressWarnings("unchecked")
        List<String> found = getEntityManager().createNativeQuery(
                        "select channel from delivery where state = 'PENDING' and next_attempt_at <= ?1 and channel = any(?2)"
                                + " order by next_attempt_at limit 1", String.class)
                .setParameter(1, now).setParameter(2, channels.stream().map(Channel::name).toArray(String[]::new))
                .getResultList();
        return found.stream().findFirst().map(Channel::valueOf);
    }

    /**
     * Claims up to {@code limit} deliveries of {@code channel} due at {@code now}, the longest due first, skipping
     * rows another transaction holds. Claiming moves their next attempt to {@code until}: no other claim takes them
     * before then, and if the claimer dies they fall due again then. That time is the claim's token.
     */
    public Claim claimDue(Channel channel, Instant now, Instant until, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        update delivery set next_attempt_at = ?1 where id in (
                          select id from delivery where state = 'PENDING' and next_attempt_at <= ?2 and channel = ?3
                          order by next_attempt_at, due_at limit ?4 for update skip locked)
                        returning id""", UUID.class)
                .setParameter(1, until).setParameter(2, now).setParameter(3, channel.name()).setParameter(4, limit)
                .getResultList();
        return new Claim(until, ids);
    }

    /**
     * Locks a delivery claimed with {@code token} until the caller's transaction ends; empty when it is no longer
     * that claim's to send (sent, rescheduled, cancelled or claimed again meanwhile).
     */
    public Optional<Locked> lockClaimed(UUID id, Instant token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select {d.*}, p.version as plan_version from delivery d left join communication_plan p on p.id = d.plan_id
                        where d.id = :id and d.state = 'PENDING' and d.next_attempt_at = :token for update of d""")
                .unwrap(NativeQuery.class)
                .addEntity("d", Delivery.class).addScalar("plan_version", Long.class)
                .setParameter("id", id).setParameter("token", token)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Locked((Delivery) row[0], (Long) row[1]));
    }

    /** Hands claimed deliveries back, due at {@code dueAt}, for a worker that stops before sending them. */
    public void release(Claim claim, Collection<UUID> ids, Instant dueAt) {
        getEntityManager().createNativeQuery(
                        "update delivery set next_attempt_at = ?1 where id = any(?2) and next_attempt_at = ?3 and state = 'PENDING'")
                .setParameter(1, dueAt).setParameter(2, ids.toArray(UUID[]::new)).setParameter(3, claim.token())
                .executeUpdate();
    }

    /** Locks pending deliveries past their deadline whose overdue alarm has not been raised yet. */
    public List<Delivery> lockOverdue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery(
                        "select id from delivery where state = 'PENDING' and not overdue_raised and deadline_at < ?1"
                                + " order by deadline_at limit ?2 for update skip locked", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return ids.stream().map(this::findById).toList();
    }

    public Optional<Delivery> pendingUpdate(UUID planId, String audience) {
        return find("planId = ?1 and audience = ?2 and kind = ?3 and state = ?4", planId, audience, DeliveryKind.UPDATE,
                DeliveryState.PENDING).firstResultOptional();
    }

    public List<Delivery> pendingUpdates(UUID planId) {
        return pendingUpdatesOf(planId).list();
    }

    /**
     * The plan's pending updates that no sender has begun to send, locked: waits for a sender holding one, and leaves
     * out what that sender then recorded as sent or began to send, so a cancellation never collides with a send nor
     * cancels a message that may have gone out (its sender died before recording it: the next claim sends it again).
     */
    public List<Delivery> lockPendingUpdates(UUID planId) {
        return find("planId = ?1 and kind = ?2 and state = ?3 and sendStartedAt is null", planId, DeliveryKind.UPDATE,
                DeliveryState.PENDING).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private PanacheQuery<Delivery> pendingUpdatesOf(UUID planId) {
        return find("planId = ?1 and kind = ?2 and state = ?3", planId, DeliveryKind.UPDATE, DeliveryState.PENDING);
    }

    /** The next slot number of each audience of the plan that has any slot (absent: 0). */
    public Map<String, Integer> nextSlotNumbers(UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createQuery(
                        "select audience, max(slot) + 1 from Delivery where planId = ?1 and slot is not null group by audience")
                .setParameter(1, planId).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).intValue()));
    }

    /** The last update of this audience that went out before slot {@code beforeSlot}. */
    public Optional<Delivery> lastSentUpdate(UUID planId, String audience, int beforeSlot) {
        return find("planId = ?1 and audience = ?2 and state = ?3 and slot < ?4", Sort.descending("slot"),
                planId, audience, DeliveryState.SENT, beforeSlot).firstResultOptional();
    }

    public List<Delivery> pageOf(SubjectType type, UUID subjectId, int offset, int size) {
        return find("subjectType = ?1 and subjectId = ?2", Sort.by("dueAt").and("audience").and("createdAt"), type, subjectId)
                .range(offset, offset + size - 1).list();
    }

    public long countOf(SubjectType type, UUID subjectId) {
        return count("subjectType = ?1 and subjectId = ?2", type, subjectId);
    }
}
