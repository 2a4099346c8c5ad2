package org.opsdesk.notification.application.sending;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opsdesk.notification.application.CoordinatorAlerts;
import org.opsdesk.notification.application.SlotContent;
import org.opsdesk.notification.application.SlotPlanner;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryFailure;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.DeliveryState;
import org.opsdesk.notification.domain.NotificationEvents;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.RetryPolicy;
import org.opsdesk.notification.persistence.DeliveryAttemptRepository;
import org.opsdesk.notification.persistence.DeliveryRepository;
import org.opsdesk.notification.persistence.PlanRepository;
import org.opsdesk.platform.events.EventTracing;
import org.opsdesk.platform.events.Outbox;

/**
 * Sends one claimed delivery in its own transaction: locks it (and goes on only if it is still that claim's),
 * renders it, sends it, records the attempt and schedules the audience's next slot, so what reached a gateway and
 * its record commit together. The attempt is a span ({@code send EMAIL}, …) of the trace the delivery was queued in.
 */
@Startup // registers its counters at start
@ApplicationScoped
public class ClaimedDeliveries {

    private static final Logger LOG = Logger.getLogger(ClaimedDeliveries.class);
    private static final String DELIVERIES = "opsdesk.deliveries";

    /** A failed attempt that will be tried again at {@code at}. */
    public record RetryDue(Instant at) {
    }

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
    private final Event<RetryDue> retries;
    private final EventTracing tracing;
    private final MeterRegistry registry;

    ClaimedDeliveries(DeliveryRepository deliveries, DeliveryAttemptRepository attempts, PlanRepository plans, SlotContent content,
                      SlotPlanner planner, CoordinatorAlerts alerts, Outbox outbox, Instance<ChannelSender> senders,
                      NotificationConfig config, Clock clock, Event<RetryDue> retries, EventTracing tracing, MeterRegistry registry) {
        this.retries = retries;
        this.tracing = tracing;
        this.registry = registry;
        for (Channel channel : Channel.values()) { // every series from the start, so a first failure is an increase
            List.of("sent", "retry", "failed").forEach(outcome -> registry.counter(DELIVERIES, "channel", channel.name(), "outcome", outcome));
        }
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

    /**
     * What a worker reuses while it sends one batch (the audiences of a plan fall due together): the plans, read as
     * the batch's first delivery of each found them, and the recipients of each audience, so contacts are read once.
     */
    static final class Reuse {
        private final Map<UUID, CommunicationPlan> plans = new HashMap<>();
        private final Map<PlanAudience, List<Recipient>> recipients = new HashMap<>();
    }

    /**
     * Commits the attempt's start, then sends and records it in a second transaction: a process killed between the
     * gateway's acceptance and that commit leaves the start behind, so the slot is neither cancelled nor forgotten
     * but sent again, with the same Message-ID / Idempotency-Key, by the next claim.
     * @return false when the delivery was no longer this claim's (sent, rescheduled, cancelled or claimed again)
     */
    boolean send(UUID id, Instant token, Reuse reuse) {
        Optional<Boolean> outcomeLost = QuarkusTransaction.requiringNew().call(() -> deliveries.lockClaimed(id, token)
                .map(locked -> locked.delivery().startSending(clock.instant())));
        if (outcomeLost.isEmpty()) {
            return false;
        }
        if (outcomeLost.get()) {
            LOG.warnf("delivery %s: an earlier attempt never recorded its outcome (its sender died); sending it again with the same key", id);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<DeliveryRepository.Locked> locked = deliveries.lockClaimed(id, token);
            locked.ifPresent(l -> attempt(l.delivery(), plan(l, reuse), reuse, outcomeLost.get()));
            return locked.isPresent();
        });
    }

    /**
     * The delivery's plan: the one read earlier in the batch while its version is still the one the lock query saw,
     * else read now. Only read here, never changed.
     */
    private CommunicationPlan plan(DeliveryRepository.Locked locked, Reuse reuse) {
        UUID planId = locked.delivery().planId();
        if (planId == null) {
            return null;
        }
        CommunicationPlan known = reuse.plans.get(planId);
        if (known != null && locked.planVersion() != null && known.version() == locked.planVersion()) {
            return known;
        }
        CommunicationPlan plan = plans.findById(planId);
        plans.getEntityManager().detach(plan);
        reuse.plans.put(planId, plan);
        return plan;
    }

    private void attempt(Delivery delivery, CommunicationPlan plan, Reuse reuse, boolean outcomeLost) {
        Span span = tracing.startFrom(delivery.traceParent(), "send " + delivery.channel(), SpanKind.CLIENT);
        span.setAttribute("opsdesk.delivery.id", delivery.id().toString());
        span.setAttribute("opsdesk.delivery.kind", delivery.kind().name());
        try (Scope ignored = span.makeCurrent()) {
            Optional<SlotContent.Prepared> prepared = plan == null ? Optional.of(stored(delivery))
                    : content.prepare(plan, delivery, outcomeLost, audience -> recipients(audience, reuse));
            if (prepared.isEmpty()) {
                return;
            }
            send(delivery, prepared.get());
            attempts.persist(delivery.recordSent(clock.instant(), config.overdueGrace()));
            count(delivery, "sent");
            outbox.append(delivery.subjectId().toString(), NotificationEvents.UPDATE_SENT, NotificationEvents.DeliveryEvent.of(delivery, null));
            if (delivery.stale()) {
                alerts.statusStale(prepared.get().facts(), delivery);
            }
        } catch (DeliveryFailure failure) {
            span.setStatus(StatusCode.ERROR, failure.getMessage());
            recordFailure(delivery, failure);
        } catch (RuntimeException unexpected) {
            span.setStatus(StatusCode.ERROR, unexpected.toString());
            LOG.errorf(unexpected, "delivery %s (%s to %s) failed unexpectedly", delivery.id(), delivery.kind(), delivery.audience());
            recordFailure(delivery, DeliveryFailure.retryable("unexpected error: " + unexpected));
        } finally {
            span.end();
        }
        if (plan != null && (delivery.state() == DeliveryState.SENT || delivery.state() == DeliveryState.FAILED)) {
            planner.scheduleNext(plan, delivery, clock.instant(), audience -> recipients(audience, reuse));
        }
    }

    /** {@code opsdesk_deliveries_total{channel, outcome}}: outcome sent, retry (an attempt failed) or failed (for good). */
    private void count(Delivery delivery, String outcome) {
        registry.counter(DELIVERIES, "channel", delivery.channel().name(), "outcome", outcome).increment();
    }

    private List<Recipient> recipients(PlanAudience audience, Reuse reuse) {
        return reuse.recipients.computeIfAbsent(audience, planner::recipients);
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
        sender.send(new Outgoing(delivery.id(), delivery.subjectId(), delivery.audience(), delivery.channel(), remaining, prepared.message(),
                        prepared.webhookFormat(), delivery.stale(), delivery.kind() == DeliveryKind.RESOLUTION),
                recipient -> delivery.markDelivered(recipient.address()));
    }

    private void recordFailure(Delivery delivery, DeliveryFailure failure) {
        attempts.persist(delivery.recordFailure(failure, retryPolicy, clock.instant()));
        count(delivery, delivery.state() == DeliveryState.FAILED ? "failed" : "retry");
        if (delivery.state() == DeliveryState.FAILED) {
            alerts.failed(delivery);
        } else {
            // the reason (an SMTP reply or a gateway's answer, which may quote an address or number) is in the delivery log
            LOG.infof("delivery %s to %s by %s: attempt %d failed, retry at %s", delivery.id(), delivery.audience(),
                    delivery.channel(), delivery.attempts(), delivery.nextAttemptAt());
            LOG.debugf("delivery %s attempt %d: %s", delivery.id(), delivery.attempts(), failure.getMessage());
            retries.fire(new RetryDue(delivery.nextAttemptAt()));
        }
    }

    private static SlotContent.Prepared stored(Delivery notice) {
        return new SlotContent.Prepared(notice.recipients(), notice.storedMessage(), null, null);
    }
}
