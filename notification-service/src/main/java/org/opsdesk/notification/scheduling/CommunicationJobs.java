package org.opsdesk.notification.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.opsdesk.notification.application.CommunicationAudit;
import org.opsdesk.notification.application.DeliverySender;
import org.opsdesk.notification.application.OverdueDetector;

/** The jobs of the schedule; each queries what is due and acts, and is safe with several replicas. */
@ApplicationScoped
public class CommunicationJobs {

    private final DeliverySender sender;
    private final OverdueDetector overdue;
    private final CommunicationAudit audit;
    private final Clock clock;

    CommunicationJobs(DeliverySender sender, OverdueDetector overdue, CommunicationAudit audit, Clock clock) {
        this.sender = sender;
        this.overdue = overdue;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(identity = "send-due", every = "{notification.jobs.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        sender.sendDue(clock.instant());
    }

    @Scheduled(identity = "flag-overdue", every = "{notification.jobs.overdue-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flagOverdue() {
        overdue.flagOverdue(clock.instant());
        audit.audit(clock.instant());
    }
}
