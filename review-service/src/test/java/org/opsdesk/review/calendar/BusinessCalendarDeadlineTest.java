package org.opsdesk.review.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opsdesk.platform.time.BusinessCalendar;
import org.opsdesk.review.domain.Deadlines;
import org.opsdesk.review.support.TestCalendars;

/**
 * RV-5: "within n business days" on the platform's {@link BusinessCalendar}, built exactly as its CalendarProducer
 * builds it (Jollyday, country US, subdivision ok = federal + Oklahoma holidays, 08:00–17:00, Saturday and Sunday off).
 * The deadline is close of business on the n-th business day after the local day of the start.
 */
class BusinessCalendarDeadlineTest {

    private static final ZoneId CHICAGO = TestCalendars.CHICAGO;
    private static final LocalDate CLOSURE = LocalDate.of(2026, 11, 16);

    private static BusinessCalendar calendar(ZoneId zone, Set<LocalDate> closures) {
        return TestCalendars.oklahoma(zone, closures);
    }

    static Stream<Arguments> deadlines() {
        return Stream.of(
                // case, zone, start, business days, expected deadline (instant)
                Arguments.of("Monday → Thursday over Veterans Day (Wed 11 Nov)", CHICAGO, "2026-11-09T16:00:00Z", 2, "2026-11-12T23:00:00Z"),
                Arguments.of("Friday afternoon → Tuesday over the weekend", CHICAGO, "2026-11-13T21:00:00Z", 2, "2026-11-17T23:00:00Z"),
                Arguments.of("Saturday → Tuesday (the weekend day never counts)", CHICAGO, "2026-11-14T18:00:00Z", 2, "2026-11-17T23:00:00Z"),
                Arguments.of("Friday 21:00 local is Saturday in UTC: the local day counts", CHICAGO, "2026-11-14T03:00:00Z", 2, "2026-11-17T23:00:00Z"),
                Arguments.of("Monday 02:00 before opening: Monday itself never counts", CHICAGO, "2026-11-09T08:00:00Z", 1, "2026-11-10T23:00:00Z"),
                Arguments.of("Thanksgiving (federal) + day after (Oklahoma)", CHICAGO, "2026-11-25T20:00:00Z", 2, "2026-12-01T23:00:00Z"),
                Arguments.of("Thanksgiving, 5 business days", CHICAGO, "2026-11-25T20:00:00Z", 5, "2026-12-04T23:00:00Z"),
                Arguments.of("Christmas Eve (Oklahoma) + Christmas", CHICAGO, "2026-12-23T15:00:00Z", 2, "2026-12-29T23:00:00Z"),
                Arguments.of("Independence Day on Saturday observed Friday 3 July", CHICAGO, "2026-07-02T15:00:00Z", 1, "2026-07-06T22:00:00Z"),
                Arguments.of("Juneteenth 2027 on Saturday observed Friday 18 June", CHICAGO, "2027-06-17T15:00:00Z", 1, "2027-06-21T22:00:00Z"),
                Arguments.of("Columbus / Indigenous Peoples' Day (Oklahoma)", CHICAGO, "2026-10-09T15:00:00Z", 1, "2026-10-13T22:00:00Z"),
                Arguments.of("DST starts Sunday 8 March: CST start, CDT deadline (UTC-5)", CHICAGO, "2026-03-06T22:00:00Z", 2, "2026-03-10T22:00:00Z"),
                Arguments.of("start during the DST gap night (03:30 CDT)", CHICAGO, "2026-03-08T08:30:00Z", 2, "2026-03-10T22:00:00Z"),
                Arguments.of("DST ends Sunday 1 November: CDT start, CST deadline (UTC-6)", CHICAGO, "2026-10-30T20:00:00Z", 2, "2026-11-03T23:00:00Z"),
                Arguments.of("start in the repeated hour 01:30 (first, CDT)", CHICAGO, "2026-11-01T06:30:00Z", 1, "2026-11-02T23:00:00Z"),
                Arguments.of("New York: Monday 02:00 local", ZoneId.of("America/New_York"), "2026-11-16T07:00:00Z", 1, "2026-11-17T22:00:00Z"),
                Arguments.of("Los Angeles: the same instant is Sunday 23:00 local", ZoneId.of("America/Los_Angeles"), "2026-11-16T07:00:00Z", 1, "2026-11-17T01:00:00Z"),
                Arguments.of("New Year's Day 2027 (Friday)", CHICAGO, "2026-12-31T15:00:00Z", 1, "2027-01-04T23:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deadlines")
    void deadlineIsCloseOfBusinessOnTheNthBusinessDayAfterTheLocalStartDay(String name, ZoneId zone, String start, int days,
                                                                            String expected) {
        assertThat(calendar(zone, Set.of()).deadline(Instant.parse(start), days)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aClosureDayIsSkippedLikeAHoliday() {
        Instant friday = Instant.parse("2026-11-13T21:00:00Z");
        assertThat(calendar(CHICAGO, Set.of(CLOSURE)).deadline(friday, 2)).isEqualTo(Instant.parse("2026-11-18T23:00:00Z"));
        assertThat(calendar(CHICAGO, Set.of()).deadline(friday, 2)).isEqualTo(Instant.parse("2026-11-17T23:00:00Z"));
    }

    @Test
    void theReminderIsAtCloseOfBusinessOneBusinessDayBeforeTheDeadline() {
        Deadlines deadlines = new Deadlines(calendar(CHICAGO, Set.of()), 1);
        assertThat(deadlines.reminder(Instant.parse("2026-12-01T23:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        // Monday's deadline is reminded on Friday; Tuesday 29 Dec's on Monday 28 (24, 25 Dec are holidays)
        assertThat(deadlines.reminder(Instant.parse("2026-11-16T23:00:00Z"))).isEqualTo(Instant.parse("2026-11-13T23:00:00Z"));
        assertThat(deadlines.reminder(Instant.parse("2026-12-28T23:00:00Z"))).isEqualTo(Instant.parse("2026-12-23T23:00:00Z"));
    }

    @Test
    void newYearsDayOnSaturdayIsObservedOnTheFridayBefore() {
        assertThat(calendar(CHICAGO, Set.of()).isBusinessDay(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(calendar(CHICAGO, Set.of()).deadline(Instant.parse("2027-12-30T15:00:00Z"), 1))
                .isEqualTo(Instant.parse("2028-01-03T23:00:00Z"));
    }
}
