package org.opsdesk.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.platform.testing.Properties.between;
import static org.opsdesk.platform.testing.Properties.forAll;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every deadline and SLA clock relies on, for any start instant from 2025 to 2030 (DST changes and holidays included). */
class BusinessCalendarPropertiesTest {

    private static final Set<LocalDate> CLOSURES = Set.of(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 15));
    private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2030-12-31T00:00:00Z").getEpochSecond();
    private final BusinessCalendar calendar = new BusinessCalendar(ZoneId.of("America/Chicago"),
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(8, 0), LocalTime.of(17, 0),
            new PublicHolidays("US", "ok").or(CLOSURES::contains));

    private static Instant instant(Random random) {
        return Instant.ofEpochSecond(between(random, FROM, TO));
    }

    @Test
    void aDeadlineIsCloseOfBusinessOnTheNthBusinessDayAfterTheStartDay() {
        record Case(Instant start, int n) {
        }
        forAll("deadline is close of business on the nth business day", 1000,
                random -> new Case(instant(random), between(random, 1, 30)), c -> {
                    Instant deadline = calendar.deadline(c.start(), c.n());
                    LocalDate day = calendar.dateOf(deadline);
                    assertThat(calendar.isBusinessDay(day)).isTrue();
                    assertThat(deadline).isEqualTo(calendar.closeOfBusiness(day));
                    assertThat(businessDaysIn(calendar.dateOf(c.start()), day)).isEqualTo(c.n());
                    assertThat(calendar.deadline(c.start(), c.n() + 1)).isAfter(deadline);
                });
    }

    @Test
    void addingBusinessTimeThenMeasuringItGivesItBack() {
        record Case(Instant start, int minutes) {
        }
        forAll("adding business time then measuring it gives it back", 1000,
                random -> new Case(instant(random), between(random, 1, 12_000)), c -> {
                    Duration amount = Duration.ofMinutes(c.minutes());
                    Instant end = calendar.plusBusinessTime(c.start(), amount);
                    assertThat(end).isAfter(c.start());
                    assertThat(calendar.businessTimeBetween(c.start(), end)).isEqualTo(amount);
                    assertThat(calendar.plusBusinessTime(c.start(), amount.plusMinutes(1))).isAfter(end);
                });
    }

    @Test
    void businessTimeAddsUpOverConsecutiveIntervals() {
        record Case(Instant a, int firstMinutes, int secondMinutes) {
        }
        forAll("business time adds up over consecutive intervals", 1000,
                random -> new Case(instant(random), between(random, 0, 20_000), between(random, 0, 20_000)), c -> {
                    Instant b = c.a().plus(Duration.ofMinutes(c.firstMinutes()));
                    Instant end = b.plus(Duration.ofMinutes(c.secondMinutes()));
                    assertThat(calendar.businessTimeBetween(c.a(), b).plus(calendar.businessTimeBetween(b, end)))
                            .isEqualTo(calendar.businessTimeBetween(c.a(), end));
                    assertThat(calendar.businessTimeBetween(end, c.a())).isEqualTo(Duration.ZERO);
                });
    }

    private long businessDaysIn(LocalDate afterDay, LocalDate upToDay) {
        return afterDay.plusDays(1).datesUntil(upToDay.plusDays(1)).filter(calendar::isBusinessDay).count();
    }
}
