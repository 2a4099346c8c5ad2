package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryState;
import org.opsdesk.notification.persistence.DeliveryRepository;
import org.opsdesk.platform.events.EventTracing;

/**
 * Where new slots and notices enter the schedule: each once (its dedupKey is unique), and one due at once is
 * announced, so the sender can wake as soon as the transaction commits instead of at its next look. Each keeps the
 * trace it was queued in (the event or request that caused it), which its send continues.
 */
@ApplicationScoped
public class DeliveryQueue {

    /** Fired inside the transaction that queued a delivery due at once; observe it after the commit. */
    public record DeliveryDue(UUID deliveryId) {
    }

    private final DeliveryRepository deliveries;
    private final Event<DeliveryDue> due;
    private final EventTracing tracing;

    DeliveryQueue(DeliveryRepository deliveries, Event<DeliveryDue> due, EventTracing tracing) {
        this.deliveries = deliveries;
        this.due = due;
        this.tracing = tracing;
    }

    /** @return false when a delivery with the same dedupKey (or plan, audience and slot) already exists */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean add(Delivery delivery, Instant now) {
        if (!deliveries.insertIfAbsent(delivery, tracing.currentTraceparent())) {
            return false;
        }
        announceIfDue(delivery, now);
        return true;
    }

    /** Wakes the sender after the commit when {@code delivery} is due (queued, or brought forward). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceIfDue(Delivery delivery, Instant now) {
        if (delivery.state() == DeliveryState.PENDING && !delivery.nextAttemptAt().isAfter(now)) {
            due.fire(new DeliveryDue(delivery.id()));
        }
    }
}
