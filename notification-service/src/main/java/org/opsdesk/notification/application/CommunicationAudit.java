package org.opsdesk.notification.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.persistence.DeliveryRepository;
import org.opsdesk.notification.persistence.PlanRepository;

/**
 * The watchdog of the schedule: an active plan whose next update is overdue (the sender is stuck or a gateway
 * is down) or an active audience with no update scheduled at all. Feeds a health check and two gauges.
 */
@ApplicationScoped
public class CommunicationAudit {

    private final PlanRepository plans;
    private final DeliveryRepository deliveries;
    private final AtomicInteger overdue = new AtomicInteger();
    private final AtomicInteger unscheduled = new AtomicInteger();

    CommunicationAudit(PlanRepository plans, DeliveryRepository deliveries, MeterRegistry registry) {
        this.plans = plans;
        this.deliveries = deliveries;
        registry.gauge("notification.communications.overdue", overdue);
        registry.gauge("notification.communications.unscheduled", unscheduled);
    }

    public record Finding(UUID subjectId, String reference, String audience, Instant dueAt, String problem) {
    }

    /** Findings, the most recently due first. */
    @Transactional
    public List<Finding> audit(Instant now) {
        List<Finding> findings = new ArrayList<>();
        int late = 0;
        int missing = 0;
        for (CommunicationPlan plan : plans.active()) {
            Map<String, Delivery> pending = deliveries.pendingUpdates(plan.id()).stream()
                    .collect(Collectors.toMap(Delivery::audience, d -> d, (a, b) -> a.dueAt().isBefore(b.dueAt()) ? a : b));
            for (PlanAudience audience : plan.audiences()) {
                Delivery next = pending.get(audience.audience());
                if (next == null) {
                    missing++;
                    findings.add(new Finding(plan.subjectId(), plan.reference(), audience.audience(), null, "no update scheduled"));
                } else if (next.deadlineAt().isBefore(now)) {
                    late++;
                    findings.add(new Finding(plan.subjectId(), plan.reference(), audience.audience(), next.dueAt(),
                            "update " + next.slot() + " due " + next.dueAt() + " not sent"));
                }
            }
        }
        overdue.set(late);
        unscheduled.set(missing);
        findings.sort(Comparator.comparing(Finding::dueAt, Comparator.nullsFirst(Comparator.reverseOrder())));
        return findings;
    }
}
