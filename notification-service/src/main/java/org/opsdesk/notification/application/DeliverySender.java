package org.opsdesk.notification.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryFailure;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.DeliveryState;
import org.opsdesk.notification.domain.NotificationEvents;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.RetryPolicy;
import org.opsdesk.notification.persistence.DeliveryAttemptRepository;
import org.opsdesk.notification.persistence.DeliveryRepository;
import org.opsdesk.notification.persistence.PlanRepository;
import org.opsdesk.platform.events.Outbox;

/**
 * The sender: takes what is due, one delivery per transaction, locked with SKIP LOCKED so replicas share the work
 * and never send one delivery twice; records each attempt; schedules the audience's next slot in the same
 * transaction as the result.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    private final DeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final PlanRepository plans;
    private final SlotContent content;
    private final SlotPlanner planner;
    private final CoordinatorAlerts alerts;
    private final Outbox outbox;
    private final Map<Channel, ChannelSender> channels = new EnumMap<>(Channel.class);
    private final NotificationConfig config;
    private final RetryPolicy retryPolicy;
    private final Clock clock;

    DeliverySender(DeliveryRepository deliveries, DeliveryAttemptRepository attempts, PlanRepository plans, SlotContent content,
                   SlotPlanner planner, CoordinatorAlerts alerts, Outbox outbox, Instance<ChannelSender> senders,
                   NotificationConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.plans = plans;
        this.content = content;
        this.planner = planner;
        this.alerts = alerts;
        this.outbox = outbox;
        senders.forEach(sender -> channels.put(sender.channel(), sender));
        this.config = config;
        this.retryPolicy = new RetryPolicy(config.delivery().maxAttempts(), config.delivery().initialBackoff(),
                config.delivery().maxBackoff());
        this.clock = clock;
    }

    /** Sends what is due at {@code now}, at most one batch. @return how many deliveries were handled */
    public int sendDue(Instant now) {
        int handled = 0;
        while (handled < config.delivery().batchSize() && QuarkusTransaction.requiringNew().call(() -> sendNext(now))) {
            handled++;
        }
        return handled;
    }

    private boolean sendNext(Instant now) {
        Optional<Delivery> next = deliveries.lockNextDue(now);
        next.ifPresent(this::attempt);
        return next.isPresent();
    }

    private void attempt(Delivery delivery) {
        CommunicationPlan plan = delivery.planId() == null ? null : plans.findById(delivery.planId());
        try {
            Optional<SlotContent.Prepared> prepared = plan == null ? Optional.of(stored(delivery)) : content.prepare(plan, delivery);
            if (prepared.isEmpty()) {
                return;
            }
            send(delivery, prepared.get());
            attempts.persist(delivery.recordSent(clock.instant(), config.overdueGrace()));
            outbox.append(delivery.subjectId().toString(), NotificationEvents.UPDATE_SENT, NotificationEvents.DeliveryEvent.of(delivery, null));
            if (delivery.stale()) {
                alerts.statusStale(prepared.get().facts(), delivery);
            }
        } catch (DeliveryFailure failure) {
            recordFailure(delivery, failure);
        } catch (RuntimeException unexpected) {
            LOG.errorf(unexpected, "delivery %s (%s to %s) failed unexpectedly", delivery.id(), delivery.kind(), delivery.audience());
            recordFailure(delivery, DeliveryFailure.retryable("unexpected error: " + unexpected));
        }
        if (plan != null && (delivery.state() == DeliveryState.SENT || delivery.state() == DeliveryState.FAILED)) {
            planner.scheduleNext(plan, delivery, clock.instant());
        }
    }

    private void send(Delivery delivery, SlotContent.Prepared prepared) {
        if (prepared.recipients().isEmpty()) {
            throw DeliveryFailure.permanent("no recipients: audience " + delivery.audience() + " names nobody reachable by " + delivery.channel());
        }
        List<Recipient> remaining = prepared.recipients().stream()
                .filter(r -> !delivery.deliveredTo(r.address())).toList();
        ChannelSender sender = channels.get(delivery.channel());
        if (sender == null) {
            throw DeliveryFailure.permanent("no sender for channel " + delivery.channel());
        }
        sender.send(new Outgoing(delivery.id(), delivery.subjectId(), delivery.channel(), remaining, prepared.message(),
                        prepared.webhookFormat(), delivery.stale(), delivery.kind() == DeliveryKind.RESOLUTION),
                recipient -> delivery.markDelivered(recipient.address()));
    }

    private void recordFailure(Delivery delivery, DeliveryFailure failure) {
        attempts.persist(delivery.recordFailure(failure, retryPolicy, clock.instant()));
        if (delivery.state() == DeliveryState.FAILED) {
            alerts.failed(delivery);
        } else {
            LOG.infof("delivery %s to %s by %s: attempt %d failed, retry at %s: %s", delivery.id(), delivery.audience(),
                    delivery.channel(), delivery.attempts(), delivery.nextAttemptAt(), failure.getMessage());
        }
    }

    private static SlotContent.Prepared stored(Delivery notice) {
        return new SlotContent.Prepared(notice.recipients(), notice.storedMessage(), null, null);
    }
}
