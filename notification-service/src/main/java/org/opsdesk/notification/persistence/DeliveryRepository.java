package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.DeliveryState;
import org.opsdesk.notification.domain.SubjectType;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    public boolean exists(String dedupKey) {
        return count("dedupKey", dedupKey) > 0;
    }

    /**
     * Locks the next delivery whose attempt is due, skipping rows another replica holds, so two senders never
     * take the same one. The lock lasts until the caller's transaction ends.
     */
    public Optional<Delivery> lockNextDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery(
                        "select id from delivery where state = 'PENDING' and next_attempt_at <= ?1"
                                + " order by next_attempt_at, due_at limit 1 for update skip locked", UUID.class)
                .setParameter(1, now).getResultList();
        return ids.stream().findFirst().map(this::findById);
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
        return list("planId = ?1 and kind = ?2 and state = ?3", planId, DeliveryKind.UPDATE, DeliveryState.PENDING);
    }

    public int nextSlotNumber(UUID planId, String audience) {
        Integer max = find("select max(slot) from Delivery where planId = ?1 and audience = ?2", planId, audience)
                .project(Integer.class).firstResult();
        return max == null ? 0 : max + 1;
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
