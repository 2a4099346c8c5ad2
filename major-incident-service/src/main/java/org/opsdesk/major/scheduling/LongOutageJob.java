package org.opsdesk.major.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.opsdesk.major.application.IncidentHandler;

/** MI-10: flags long outages on significant services as candidate major incidents. */
@ApplicationScoped
public class LongOutageJob {

    private final IncidentHandler intake;
    private final Clock clock;

    LongOutageJob(IncidentHandler intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @Scheduled(identity = "long-outages", every = "{opsdesk.major.long-outage.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        intake.longOutagesDue(clock.instant());
    }
}
