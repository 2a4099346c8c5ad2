package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.incident.domain.DomainFixtures.CALENDAR;
import static org.opsdesk.incident.domain.DomainFixtures.SETTINGS;
import static org.opsdesk.incident.domain.DomainFixtures.T0;
import static org.opsdesk.incident.domain.SlaTarget.RESOLUTION;
import static org.opsdesk.incident.domain.SlaTarget.RESPONSE;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The response and resolution clocks of IN-9: due and warning times, pauses, business hours, breaches. */
class SlaClockTest {

    private static final SlaTerms ROUND_THE_CLOCK = new SlaTerms(SlaHours.TWENTY_FOUR_SEVEN, Duration.ofMinutes(20), Duration.ofHours(4));
    private static final SlaTerms BUSINESS = new SlaTerms(SlaHours.BUSINESS_HOURS, Duration.ofHours(4), Duration.ofHours(18));

    @Test
    void roundTheClockTargetsRunFromTheReceivedTime() {
        SlaClock clock = SlaClock.start(ROUND_THE_CLOCK, T0, SETTINGS);
        assertThat(clock.dueAt(RESPONSE)).isEqualTo(T0.plus(Duration.ofMinutes(20)));
        assertThat(clock.dueAt(RESOLUTION)).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(clock.warningDue(RESPONSE, T0.plus(Duration.ofMinutes(14)))).isFalse();
        assertThat(clock.warningDue(RESPONSE, T0.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(clock.breachDue(RESPONSE, T0.plus(Duration.ofMinutes(20)))).isTrue();
    }

    @Test
    void businessHoursSkipNightsWeekendsAndHolidays() {
        // Thursday 24 December 2026, 15:00 in Chicago; the 25th is a holiday, then a weekend.
        Instant christmasEve = Instant.parse("2026-12-24T21:00:00Z");
        SlaClock clock = SlaClock.start(BUSINESS, christmasEve, SETTINGS);
        // 2 h on the 24th, then 2 h on Monday 28th from 08:00
        assertThat(clock.dueAt(RESPONSE)).isEqualTo(Instant.parse("2026-12-28T16:00:00Z"));
        // 18 h: 2 + 9 (Mon 28th) + 7 on Tuesday 29th → 15:00 Chicago
        assertThat(clock.dueAt(RESOLUTION)).isEqualTo(Instant.parse("2026-12-29T21:00:00Z"));
        assertThat(CALENDAR.isBusinessDay(DomainFixtures.HOLIDAY)).isFalse();
    }

    @Test
    void theFirstResponseStopsTheResponseClock() {
        SlaClock clock = SlaClock.start(ROUND_THE_CLOCK, T0, SETTINGS);
        assertThat(clock.respond(T0.plusSeconds(60))).isTrue();
        assertThat(clock.respond(T0.plusSeconds(120))).isFalse();
        assertThat(clock.respondedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(clock.warningDue(RESPONSE, T0.plus(Duration.ofDays(1)))).isFalse();
        assertThat(clock.breachDue(RESPONSE, T0.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aPauseMovesTheResolutionDueTimeByThePausedTime() {
        SlaClock clock = SlaClock.start(ROUND_THE_CLOCK, T0, SETTINGS);
        clock.pause(T0.plus(Duration.ofHours(1)));
        assertThat(clock.breachDue(RESOLUTION, T0.plus(Duration.ofHours(10)))).isFalse();
        clock.resume(T0.plus(Duration.ofHours(3)), SETTINGS);
        assertThat(clock.dueAt(RESOLUTION)).isEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(clock.warningDue(RESOLUTION, T0.plus(Duration.ofHours(5)))).isTrue();
    }

    @Test
    void aPauseInBusinessHoursCountsOnlyBusinessTime() {
        SlaClock clock = SlaClock.start(BUSINESS, T0, SETTINGS);
        Instant due = clock.dueAt(RESOLUTION);
        // paused from Tuesday 16:00 to Wednesday 09:00 Chicago: 2 business hours
        clock.pause(Instant.parse("2026-12-08T22:00:00Z"));
        clock.resume(Instant.parse("2026-12-09T15:00:00Z"), SETTINGS);
        assertThat(CALENDAR.businessTimeBetween(due, clock.dueAt(RESOLUTION))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void warningAndBreachAreEachDueOnceAndABreachCountsAsTheWarning() {
        SlaClock clock = SlaClock.start(ROUND_THE_CLOCK, T0, SETTINGS);
        Instant late = T0.plus(Duration.ofHours(5));
        assertThat(clock.breachDue(RESOLUTION, late)).isTrue();
        clock.markBreached(RESOLUTION);
        assertThat(clock.breachDue(RESOLUTION, late)).isFalse();
        assertThat(clock.warningDue(RESOLUTION, late)).isFalse();
        assertThat(clock.breached(RESOLUTION)).isTrue();
    }

    @Test
    void newTargetsAreComputedFromTheStartKeepingThePausedTime() {
        SlaClock clock = SlaClock.start(BUSINESS, T0, SETTINGS);
        clock.pause(T0);
        clock.resume(T0.plus(Duration.ofHours(1)), SETTINGS);
        clock.retarget(ROUND_THE_CLOCK, SETTINGS);
        assertThat(clock.hours()).isEqualTo(SlaHours.TWENTY_FOUR_SEVEN);
        assertThat(clock.dueAt(RESPONSE)).isEqualTo(T0.plus(Duration.ofMinutes(20)));
        assertThat(clock.dueAt(RESOLUTION)).isEqualTo(T0.plus(Duration.ofHours(5)));
    }
}
