package org.opsdesk.incident.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;

/**
 * The response and resolution clocks of one incident (IN-9). The response clock stops at the first response;
 * the resolution clock pauses while the incident waits for the customer or is resolved, and the paused time
 * moves its due and warning times.
 */
@Embeddable
public class SlaClock {

    @Enumerated(EnumType.STRING)
    private SlaHours slaHours;
    private Instant slaStartedAt;
    private long responseTargetSeconds;
    private long resolutionTargetSeconds;
    private Instant responseDueAt;
    private Instant responseWarnAt;
    private Instant respondedAt;
    private Instant resolutionDueAt;
    private Instant resolutionWarnAt;
    private Instant pausedAt;
    private long pausedSeconds;
    private boolean responseWarned;
    private boolean responseBreached;
    private boolean resolutionWarned;
    private boolean resolutionBreached;

    protected SlaClock() {
    }

    public static SlaClock start(SlaTerms terms, Instant start, SlaSettings settings) {
        SlaClock clock = new SlaClock();
        clock.slaStartedAt = start;
        clock.retarget(terms, settings);
        return clock;
    }

    /** New targets (the priority changed): due times are computed again from the start, paused time kept. */
    public void retarget(SlaTerms terms, SlaSettings settings) {
        slaHours = terms.hours();
        responseTargetSeconds = terms.responseTarget().toSeconds();
        resolutionTargetSeconds = terms.resolutionTarget().toSeconds();
        compute(settings);
    }

    private void compute(SlaSettings settings) {
        Duration response = Duration.ofSeconds(responseTargetSeconds);
        Duration resolution = Duration.ofSeconds(resolutionTargetSeconds);
        Duration paused = Duration.ofSeconds(pausedSeconds);
        responseDueAt = slaHours.advance(slaStartedAt, response, settings.calendar());
        responseWarnAt = slaHours.advance(slaStartedAt, share(response, settings), settings.calendar());
        resolutionDueAt = slaHours.advance(slaStartedAt, resolution.plus(paused), settings.calendar());
        resolutionWarnAt = slaHours.advance(slaStartedAt, share(resolution, settings).plus(paused), settings.calendar());
    }

    private static Duration share(Duration target, SlaSettings settings) {
        return Duration.ofMillis(Math.round(target.toMillis() * settings.warnShare()));
    }

    /** @return true when this was the first response */
    boolean respond(Instant now) {
        if (respondedAt != null) {
            return false;
        }
        respondedAt = now;
        return true;
    }

    void pause(Instant now) {
        if (pausedAt == null) {
            pausedAt = now;
        }
    }

    void resume(Instant now, SlaSettings settings) {
        if (pausedAt != null) {
            pausedSeconds += slaHours.elapsed(pausedAt, now, settings.calendar()).toSeconds();
            pausedAt = null;
            compute(settings);
        }
    }

    public boolean warningDue(SlaTarget target, Instant now) {
        return running(target) && !warned(target) && !breached(target) && !now.isBefore(warnAt(target));
    }

    public boolean breachDue(SlaTarget target, Instant now) {
        return running(target) && !breached(target) && !now.isBefore(dueAt(target));
    }

    void markWarned(SlaTarget target) {
        if (target == SlaTarget.RESPONSE) {
            responseWarned = true;
        } else {
            resolutionWarned = true;
        }
    }

    /** A breach also counts as the warning, so a late job run never warns after the fact. */
    void markBreached(SlaTarget target) {
        markWarned(target);
        if (target == SlaTarget.RESPONSE) {
            responseBreached = true;
        } else {
            resolutionBreached = true;
        }
    }

    private boolean running(SlaTarget target) {
        return target == SlaTarget.RESPONSE ? respondedAt == null : pausedAt == null;
    }

    private boolean warned(SlaTarget target) {
        return target == SlaTarget.RESPONSE ? responseWarned : resolutionWarned;
    }

    public boolean breached(SlaTarget target) {
        return target == SlaTarget.RESPONSE ? responseBreached : resolutionBreached;
    }

    public Instant dueAt(SlaTarget target) {
        return target == SlaTarget.RESPONSE ? responseDueAt : resolutionDueAt;
    }

    private Instant warnAt(SlaTarget target) {
        return target == SlaTarget.RESPONSE ? responseWarnAt : resolutionWarnAt;
    }

    public SlaHours hours() { return slaHours; }
    public Instant respondedAt() { return respondedAt; }
    public Instant pausedAt() { return pausedAt; }
    public Duration responseTarget() { return Duration.ofSeconds(responseTargetSeconds); }
    public Duration resolutionTarget() { return Duration.ofSeconds(resolutionTargetSeconds); }
}
