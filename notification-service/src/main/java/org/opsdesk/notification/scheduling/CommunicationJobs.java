package org.opsdesk.notification.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.opsdesk.notification.application.CommunicationAudit;
import org.opsdesk.notification.application.DeliveryLogRetention;
import org.opsdesk.notification.application.MajorIncidentAlerts;
import org.opsdesk.notification.application.sending.DeliverySender;
import org.opsdesk.notification.application.OverdueDetector;
import org.opsdesk.notification.rest.StatusPageCache;

/** The polls of the schedule; each queries what is due and acts, and is safe with several replicas. */
@ApplicationScoped
public class CommunicationJobs {

    private final DeliverySender sender;
    private final OverdueDetector overdue;
    private final CommunicationAudit audit;
    private final DeliveryLogRetention retention;
    private final MajorIncidentAlerts proposals;
    private final StatusPageCache statusPage;
    private final Clock clock;

    CommunicationJobs(DeliverySender sender, OverdueDetector overdue, CommunicationAudit audit,
                      DeliveryLogRetention retention, MajorIncidentAlerts proposals, StatusPageCache statusPage,
                      Clock clock) {
        this.proposals = proposals;
        this.statusPage = statusPage;
        this.sender = sender;
        this.overdue = overdue;
        this.audit = audit;
        this.retention = retention;
        this.clock = clock;
    }

    /** The sender looks for due deliveries on its own threads; a look while one runs makes it look again after. */
    @Scheduled(identity = "send-due", every = "{opsdesk.notification.jobs.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        sender.wake();
    }

    @Scheduled(identity = "remind-proposals", every = "{opsdesk.notification.jobs.overdue-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindProposals() {
        proposals.remindProposals(clock.instant());
    }

    @Scheduled(identity = "flag-overdue", every = "{opsdesk.notification.jobs.overdue-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flagOverdue() {
        overdue.flagOverdue(clock.instant());
        audit.audit(clock.instant());
    }

    @Scheduled(identity = "status-page", every = "{opsdesk.notification.status-page.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshStatusPage() {
        statusPage.refresh();
    }

    @Scheduled(identity = "prune-delivery-log", every = "{opsdesk.notification.jobs.prune-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneDeliveryLog() {
        retention.prune(clock.instant());
    }
}
