package org.opsdesk.review.application;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.events.Outbox;
import org.opsdesk.platform.time.ClosureDays;
import org.opsdesk.review.domain.ClosureDay;
import org.opsdesk.review.domain.Deadlines;
import org.opsdesk.review.domain.Deliverable;
import org.opsdesk.review.domain.DeliverableStatus;
import org.opsdesk.review.domain.ReportMarkdown;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.ReviewEvents;
import org.opsdesk.review.persistence.ClosureDayRepository;
import org.opsdesk.review.persistence.ReviewRepository;
import org.opsdesk.review.persistence.ReviewVersionRepository;

/**
 * Closure days added by API (RV-5). This bean is the {@link ClosureDays} of the platform's business calendar, so a
 * closure day is not a business day; adding or removing one moves the open deadlines it falls within.
 */
@ApplicationScoped
public class ClosureDayService implements ClosureDays {

    private static final String KIND = "closure-day";

    private final ClosureDayRepository closures;
    private final ReviewRepository reviews;
    private final ReviewVersionRepository versions;
    private final ReviewPlans plans;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;

    ClosureDayService(ClosureDayRepository closures, ReviewRepository reviews, ReviewVersionRepository versions,
                      ReviewPlans plans, ChangeLog changeLog, Outbox outbox, Clock clock) {
        this.closures = closures;
        this.reviews = reviews;
        this.versions = versions;
        this.plans = plans;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean isClosed(LocalDate date) {
        return closures.findByIdOptional(date).isPresent();
    }

    @Transactional
    public List<ClosureDay> list(LocalDate from, LocalDate to) {
        return closures.list("day >= ?1 and day <= ?2", Sort.ascending("day"), from, to);
    }

    @Transactional
    public ClosureDay add(LocalDate day, String reason, String by) {
        if (closures.findByIdOptional(day).isPresent()) {
            throw new ConflictException(day + " is already a closure day");
        }
        ClosureDay closure = new ClosureDay(day, reason, by, clock.instant());
        closures.persist(closure);
        closures.flush();
        changeLog.record(KIND, day.toString(), ChangeLog.Action.CREATED, "reason: " + reason);
        outbox.append(day.toString(), ReviewEvents.CLOSURE_DAY_ADDED, ReviewEvents.ClosureDayChanged.of(closure, by));
        moveDeadlines(day, "closure day " + day + " added", by);
        return closure;
    }

    @Transactional
    public void remove(LocalDate day, String by) {
        ClosureDay closure = closures.findByIdOptional(day).orElseThrow(() -> new ResourceNotFoundException("closure day", day));
        closures.delete(closure);
        closures.flush();
        changeLog.record(KIND, day.toString(), ChangeLog.Action.DELETED,
                "reason: " + closure.reason() + ", added by " + closure.createdBy());
        outbox.append(day.toString(), ReviewEvents.CLOSURE_DAY_REMOVED, ReviewEvents.ClosureDayChanged.of(closure, by));
        moveDeadlines(day, "closure day " + day + " removed", by);
    }

    private void moveDeadlines(LocalDate day, String why, String by) {
        Deadlines deadlines = plans.deadlines();
        Instant startOfDay = day.atStartOfDay(deadlines.calendar().zone()).toInstant();
        Instant now = clock.instant();
        for (UUID id : reviews.reviewsWithOpenDeadlinesAfter(startOfDay)) {
            Review review = reviews.findById(id);
            for (Deliverable d : review.deliverables()) {
                if (d.status() != DeliverableStatus.DISTRIBUTED && d.missedAt() == null && d.startsAt() != null
                        && d.schedule(d.startsAt(), deadlines)) {
                    versions.record(id, review.note(d.kind().title() + " now due "
                            + ReportMarkdown.time(d.dueAt(), deadlines.calendar().zone()) + " (" + why + ")", by, now));
                }
            }
        }
    }
}
