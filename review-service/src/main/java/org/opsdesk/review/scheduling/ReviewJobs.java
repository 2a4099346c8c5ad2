package org.opsdesk.review.scheduling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.opsdesk.review.application.ActionItemService;
import org.opsdesk.review.application.DeadlineService;

/** Deadline reminders, missed deadlines and overdue action items (RV-4, RV-5); each step is safe to repeat. */
@ApplicationScoped
public class ReviewJobs {

    private final DeadlineService deadlines;
    private final ActionItemService actionItems;
    private final Clock clock;

    ReviewJobs(DeadlineService deadlines, ActionItemService actionItems, Clock clock) {
        this.deadlines = deadlines;
        this.actionItems = actionItems;
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
}
