package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SlotSchedule;
import org.opsdesk.notification.persistence.ContactRepository;
import org.opsdesk.notification.persistence.DeliveryRepository;

/**
 * Keeps the durable schedule: each active audience has exactly one pending update slot; when it is done the next
 * one is written in the same transaction. Slots are unique per (plan, audience, number).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SlotPlanner {

    private final DeliveryRepository deliveries;
    private final DeliveryQueue queue;
    private final ContactRepository contacts;
    private final CoordinatorAlerts alerts;
    private final NotificationConfig config;

    SlotPlanner(DeliveryRepository deliveries, DeliveryQueue queue, ContactRepository contacts, CoordinatorAlerts alerts,
                NotificationConfig config) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.contacts = contacts;
        this.alerts = alerts;
        this.config = config;
    }

    /** The next update of each audience, due at {@code dueAt} and overdue after {@code deadline}. */
    public void open(CommunicationPlan plan, List<PlanAudience> audiences, Instant dueAt, Instant deadline, Instant now) {
        Map<String, Integer> slots = deliveries.nextSlotNumbers(plan.id());
        for (PlanAudience audience : audiences) {
            int slot = slots.getOrDefault(audience.audience(), 0);
            queue.add(Delivery.slot(plan, audience, DeliveryKind.UPDATE, slot, dueAt, deadline, recipients(audience), now), now);
        }
    }

    public void open(CommunicationPlan plan, List<PlanAudience> audiences, Instant dueAt, Instant now) {
        open(plan, audiences, dueAt, dueAt.plus(config.overdueGrace()), now);
    }

    /**
     * After an update is done (sent or failed): the audience's next slot, and the missed ones if it went out very late.
     * {@code recipients} resolves an audience's recipients (the sender caches them for a batch).
     */
    public void scheduleNext(CommunicationPlan plan, Delivery done, Instant now, Function<PlanAudience, List<Recipient>> recipients) {
        if (!plan.isActive() || done.kind() != DeliveryKind.UPDATE) {
            return;
        }
        plan.audience(done.audience()).ifPresent(audience -> {
            SlotSchedule.Next next = SlotSchedule.after(done.dueAt(), audience.cadence(), now);
            int slot = done.slot() + 1;
            List<Delivery> missed = new ArrayList<>();
            for (Instant missedDue : next.missed()) {
                Delivery row = Delivery.missed(plan, audience, slot++, missedDue,
                        "missed: the late update of slot " + done.slot() + " covered it", now);
                if (queue.add(row, now)) {
                    missed.add(row);
                }
            }
            if (!missed.isEmpty()) {
                alerts.missed(done, missed);
            }
            queue.add(Delivery.slot(plan, audience, DeliveryKind.UPDATE, slot, next.due(),
                    next.due().plus(config.overdueGrace()), recipients.apply(audience), now), now);
        });
    }

    /** Resolution: pending updates are cancelled and every audience gets one resolution notice, due now. */
    public void closeWithResolution(CommunicationPlan plan, String reason, Instant now) {
        cancelPending(plan, reason);
        Map<String, Integer> slots = deliveries.nextSlotNumbers(plan.id());
        for (PlanAudience audience : plan.audiences()) {
            int slot = slots.getOrDefault(audience.audience(), 0);
            queue.add(Delivery.slot(plan, audience, DeliveryKind.RESOLUTION, slot, now, now.plus(config.overdueGrace()),
                    recipients(audience), now), now);
        }
    }

    /**
     * A status update was published: every audience's pending update is due now, so it goes out within seconds, and
     * its next slot follows one cadence after this send (scheduleNext), which is the next update the message promises.
     */
    public void sendNow(CommunicationPlan plan, Instant now) {
        for (Delivery pending : deliveries.lockPendingUpdates(plan.id())) {
            pending.bringForward(now, now.plus(config.overdueGrace()));
            queue.announceIfDue(pending, now);
        }
    }

    public void cancelPending(CommunicationPlan plan, String reason) {
        deliveries.lockPendingUpdates(plan.id()).forEach(d -> d.cancel(reason));
    }

    /** An audience whose channel or cadence changed: its pending slot is replaced, keeping the rhythm where it can. */
    public void replan(CommunicationPlan plan, PlanAudience before, PlanAudience after, Instant now) {
        deliveries.pendingUpdate(plan.id(), after.audience()).ifPresent(pending -> {
            Instant due = pending.slot() == 0 ? pending.dueAt() : pending.dueAt().minus(before.cadence()).plus(after.cadence());
            Instant dueAt = due.isBefore(now) ? now : due;
            pending.cancel("plan adjusted: channel or cadence changed");
            open(plan, List.of(after), dueAt, now);
        });
    }

    public void remove(CommunicationPlan plan, PlanAudience audience) {
        deliveries.pendingUpdate(plan.id(), audience.audience()).ifPresent(d -> d.cancel("audience removed from the plan"));
    }

    public List<Recipient> recipients(PlanAudience audience) {
        return audience.recipients(contacts.named(audience.members(), audience.organisation()),
                config.channels().webhook().defaultUrl().orElse(null));
    }
}
