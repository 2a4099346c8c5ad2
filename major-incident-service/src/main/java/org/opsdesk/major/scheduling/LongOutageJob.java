package org.opsdesk.major.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.opsdesk.major.application.IncidentIntake;

/** MI-10: flags long outages on significant services as candidate major incidents. */
@ApplicationScoped
public class LongOutageJob {

    private final IncidentIntake intake;
    private final Clock clock;

    LongOutageJob(IncidentIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @Scheduled(identity = "long-outages", every = "{opsdesk.major.long-outage.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        intake.longOutagesDue(clock.instant());
    }
}
