package org.opsdesk.major.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.opsdesk.major.application.RecoveryService;

/** MI-6: announces an RTO at risk or breached. */
@ApplicationScoped
public class RecoveryObjectivesJob {

    private final RecoveryService recovery;
    private final Clock clock;

    RecoveryObjectivesJob(RecoveryService recovery, Clock clock) {
        this.recovery = recovery;
        this.clock = clock;
    }

    @Scheduled(identity = "recovery-objectives", every = "{opsdesk.major.recovery.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        recovery.recoveryObjectivesDue(clock.instant());
    }
}
