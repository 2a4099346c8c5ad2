package org.opsdesk.notification.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    @Transactional
    public List<Finding> audit(Instant now) {
        List<Finding> findings = new ArrayList<>();
        List<Delivery> late = deliveries.overdueSlotsOfActivePlans(now);
        for (Delivery slot : late) {
            findings.add(new Finding(slot.subjectId(), null, slot.audience(), slot.dueAt(), "update " + slot.slot() + " overdue"));
        }
        int missing = 0;
        for (CommunicationPlan plan : plans.active()) {
            Set<String> scheduled = deliveries.pendingUpdates(plan.id()).stream().map(Delivery::audience).collect(Collectors.toSet());
            for (PlanAudience audience : plan.audiences()) {
                if (!scheduled.contains(audience.audience())) {
                    missing++;
                    findings.add(new Finding(plan.subjectId(), plan.reference(), audience.audience(), null, "no update scheduled"));
                }
            }
        }
        overdue.set(late.size());
        unscheduled.set(missing);
        return findings;
    }
}
