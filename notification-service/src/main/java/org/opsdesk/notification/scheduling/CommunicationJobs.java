package org.opsdesk.notification.scheduling;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opsdesk.notification.application.ClaimedDeliveries;
import org.opsdesk.notification.application.CommunicationAudit;
import org.opsdesk.notification.application.DeliveryLogRetention;
import org.opsdesk.notification.application.DeliveryQueue;
import org.opsdesk.notification.application.MajorIncidentAlerts;
import org.opsdesk.notification.application.DeliverySender;
import org.opsdesk.notification.application.OverdueDetector;

/** The jobs of the schedule; each queries what is due and acts, and is safe with several replicas. */
@ApplicationScoped
public class CommunicationJobs {

    private final DeliverySender sender;
    private final OverdueDetector overdue;
    private final CommunicationAudit audit;
    private final DeliveryLogRetention retention;
    private final MajorIncidentAlerts proposals;
    private final Scheduler scheduler;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "delivery-retry-timer");
        thread.setDaemon(true);
        return thread;
    });

    CommunicationJobs(DeliverySender sender, OverdueDetector overdue, CommunicationAudit audit,
                      DeliveryLogRetention retention, MajorIncidentAlerts proposals, Scheduler scheduler, Clock clock) {
        this.proposals = proposals;
        this.sender = sender;
        this.overdue = overdue;
        this.audit = audit;
        this.retention = retention;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The sender looks for due deliveries on its own threads; a look while one runs makes it look again after. */
    @Scheduled(identity = "send-due", every = "{notification.jobs.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        sender.wake();
    }

    /** A delivery queued due at once goes out as soon as its transaction commits, not at the next look. */
    void sendQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryQueue.DeliveryDue queued) {
        if (scheduler.isRunning()) {
            sender.wake();
        }
    }

    /** A retry goes out when it is due, not at the next look. */
    void retryWhenDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimedDeliveries.RetryDue retry) {
        if (scheduler.isRunning()) {
            long delay = Math.max(0, Duration.between(clock.instant(), retry.at()).toMillis());
            timer.schedule(sender::wake, delay, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stopTimer() {
        timer.shutdownNow();
    }

    @Scheduled(identity = "remind-proposals", every = "{notification.jobs.overdue-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindProposals() {
        proposals.remindProposals(clock.instant());
    }

    @Scheduled(identity = "flag-overdue", every = "{notification.jobs.overdue-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flagOverdue() {
        overdue.flagOverdue(clock.instant());
        audit.audit(clock.instant());
    }

    @Scheduled(identity = "prune-delivery-log", every = "{notification.jobs.prune-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneDeliveryLog() {
        retention.prune(clock.instant());
    }
}
