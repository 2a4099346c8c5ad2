package org.opsdesk.incident.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.opsdesk.incident.application.AutoCloser;
import org.opsdesk.incident.application.SlaMonitor;

/** The clocks of incidents: SLA warnings and breaches, and the automatic closure after the dispute window. */
@ApplicationScoped
public class IncidentJobs {

    private final SlaMonitor slaMonitor;
    private final AutoCloser autoCloser;
    private final Clock clock;

    IncidentJobs(SlaMonitor slaMonitor, AutoCloser autoCloser, Clock clock) {
        this.slaMonitor = slaMonitor;
        this.autoCloser = autoCloser;
        this.clock = clock;
    }

    @Scheduled(identity = "sla-monitor", every = "{opsdesk.incident.jobs.sla-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkSlas() {
        slaMonitor.slaDue(clock.instant());
    }

    @Scheduled(identity = "auto-close", every = "{opsdesk.incident.jobs.auto-close-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeResolved() {
        autoCloser.closeDue(clock.instant());
    }
}
