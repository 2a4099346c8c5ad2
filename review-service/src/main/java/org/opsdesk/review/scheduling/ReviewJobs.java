package org.opsdesk.review.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.opsdesk.review.application.ActionItemService;
import org.opsdesk.review.application.DeadlineService;
import org.opsdesk.review.application.MetricsService;

/** Deadline reminders, missed deadlines and overdue action items (RV-4, RV-5), and the Prometheus gauges (RV-6); each step is safe to repeat. */
@ApplicationScoped
public class ReviewJobs {

    private final DeadlineService deadlines;
    private final ActionItemService actionItems;
    private final MetricsService metrics;
    private final Clock clock;

    ReviewJobs(DeadlineService deadlines, ActionItemService actionItems, MetricsService metrics, Clock clock) {
        this.deadlines = deadlines;
        this.actionItems = actionItems;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(identity = "review-deadlines", every = "{opsdesk.review.jobs.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        Instant now = clock.instant();
        deadlines.remindersDue(now);
        deadlines.missedDue(now);
        actionItems.overdueDue(now);
    }

    @Scheduled(identity = "review-gauges", every = "{opsdesk.review.jobs.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshGauges() {
        metrics.refreshGauges(clock.instant());
    }
}
