package org.opsdesk.notification.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.opsdesk.notification.persistence.PlanRepository;

/**
 * The watchdog of the schedule: an active plan whose next update is overdue (the sender is stuck or a gateway
 * is down) or an active audience with no update scheduled at all. Feeds a health check and two gauges.
 */
@ApplicationScoped
public class CommunicationAudit {

    private final PlanRepository plans;
    private final AtomicInteger overdue = new AtomicInteger();
    private final AtomicInteger unscheduled = new AtomicInteger();

    CommunicationAudit(PlanRepository plans, MeterRegistry registry) {
        this.plans = plans;
        registry.gauge("opsdesk.communications.overdue", overdue);
        registry.gauge("opsdesk.communications.unscheduled", unscheduled);
    }

    public record Finding(UUID subjectId, String reference, String audience, Instant dueAt, String problem) {
    }

    /** Findings, the most recently due first. */
    @Transactional
    public List<Finding> audit(Instant now) {
        List<Finding> findings = new ArrayList<>();
        int late = 0;
        int missing = 0;
        for (PlanRepository.AudienceSchedule behind : plans.audiencesBehind(now)) {
            if (behind.dueAt() == null) {
                missing++;
                findings.add(new Finding(behind.subjectId(), behind.reference(), behind.audience(), null, "no update scheduled"));
            } else {
                late++;
                findings.add(new Finding(behind.subjectId(), behind.reference(), behind.audience(), behind.dueAt(),
                        "update " + behind.slot() + " due " + behind.dueAt() + " not sent"));
            }
        }
        overdue.set(late);
        unscheduled.set(missing);
        findings.sort(Comparator.comparing(Finding::dueAt, Comparator.nullsFirst(Comparator.reverseOrder())));
        return findings;
    }
}
