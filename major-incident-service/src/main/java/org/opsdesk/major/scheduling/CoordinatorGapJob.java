package org.opsdesk.major.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.opsdesk.major.application.DeclarationService;

/** MI-2: a major incident declared with nobody on duty gets its coordinator as soon as a shift covers a chain role. */
@ApplicationScoped
public class CoordinatorGapJob {

    private final DeclarationService declarations;

    CoordinatorGapJob(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @Scheduled(identity = "coordinator-gaps", every = "{opsdesk.major.coordinator.gap-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        declarations.fillCoordinatorGaps();
    }
}
