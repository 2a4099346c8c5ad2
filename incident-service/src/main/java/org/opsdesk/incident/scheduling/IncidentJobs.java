package org.opsdesk.incident.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.opsdesk.incident.application.AcknowledgementPolicy;
import org.opsdesk.incident.application.AutoCloser;
import org.opsdesk.incident.application.IncidentService;
import org.opsdesk.incident.application.SlaMonitor;

/**
 * The clocks of incidents: SLA warnings and breaches, acknowledgement reminders, the automatic closure after the
 * dispute window, and the expiry of idempotency keys.
 */
@ApplicationScoped
public class IncidentJobs {

    private final SlaMonitor slaMonitor;
    private final AutoCloser autoCloser;
    private final IncidentService incidents;
    private final AcknowledgementPolicy acknowledgements;
    private final Clock clock;

    IncidentJobs(SlaMonitor slaMonitor, AutoCloser autoCloser, IncidentService incidents, AcknowledgementPolicy acknowledgements,
                 Clock clock) {
        this.acknowledgements = acknowledgements;
        this.slaMonitor = slaMonitor;
        this.autoCloser = autoCloser;
        this.incidents = incidents;
        this.clock = clock;
    }

    @Scheduled(identity = "sla-monitor", every = "{opsdesk.incident.jobs.sla-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkSlas() {
        slaMonitor.slaDue(clock.instant());
    }

    @Scheduled(identity = "acknowledgement-reminders", every = "{opsdesk.incident.jobs.acknowledgement-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindUnacknowledged() {
        acknowledgements.remindDue(clock.instant());
    }

    @Scheduled(identity = "auto-close", every = "{opsdesk.incident.jobs.auto-close-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeResolved() {
        autoCloser.closeDue(clock.instant());
    }

    @Scheduled(identity = "forget-idempotency-keys", every = "{opsdesk.incident.jobs.forget-idempotency-keys-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdempotencyKeys() {
        incidents.forgetIdempotencyKeys(clock.instant());
    }
}
