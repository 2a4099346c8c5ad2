package org.opsdesk.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What every deadline and SLA clock relies on, for any start instant from 2025 to 2030 (DST changes and holidays included). */
class BusinessCalendarPropertiesTest {

    private static final Set<LocalDate> CLOSURES = Set.of(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 15));
    private final BusinessCalendar calendar = new BusinessCalendar(ZoneId.of("America/Chicago"),
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(8, 0), LocalTime.of(17, 0),
            new PublicHolidays("US", "ok").or(CLOSURES::contains));

    @Property
    void aDeadlineIsCloseOfBusinessOnTheNthBusinessDayAfterTheStartDay(@ForAll("instants") Instant start,
                                                                        @ForAll @IntRange(min = 1, max = 30) int n) {
        Instant deadline = calendar.deadline(start, n);
        LocalDate day = calendar.dateOf(deadline);
        assertThat(calendar.isBusinessDay(day)).isTrue();
        assertThat(deadline).isEqualTo(calendar.closeOfBusiness(day));
        assertThat(businessDaysIn(calendar.dateOf(start), day)).isEqualTo(n);
        assertThat(calendar.deadline(start, n + 1)).isAfter(deadline);
    }

    @Property
    void addingBusinessTimeThenMeasuringItGivesItBack(@ForAll("instants") Instant start,
                                                      @ForAll @IntRange(min = 1, max = 12_000) int minutes) {
        Duration amount = Duration.ofMinutes(minutes);
        Instant end = calendar.plusBusinessTime(start, amount);
        assertThat(end).isAfter(start);
        assertThat(calendar.businessTimeBetween(start, end)).isEqualTo(amount);
        assertThat(calendar.plusBusinessTime(start, amount.plusMinutes(1))).isAfter(end);
    }

    @Property
    void businessTimeAddsUpOverConsecutiveIntervals(@ForAll("instants") Instant a,
                                                    @ForAll @IntRange(max = 20_000) int firstMinutes,
                                                    @ForAll @IntRange(max = 20_000) int secondMinutes) {
        Instant b = a.plus(Duration.ofMinutes(firstMinutes));
        Instant c = b.plus(Duration.ofMinutes(secondMinutes));
        assertThat(calendar.businessTimeBetween(a, b).plus(calendar.businessTimeBetween(b, c)))
                .isEqualTo(calendar.businessTimeBetween(a, c));
        assertThat(calendar.businessTimeBetween(c, a)).isEqualTo(Duration.ZERO);
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2030-12-31T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }

    private long businessDaysIn(LocalDate afterDay, LocalDate upToDay) {
        return afterDay.plusDays(1).datesUntil(upToDay.plusDays(1)).filter(calendar::isBusinessDay).count();
    }
}
