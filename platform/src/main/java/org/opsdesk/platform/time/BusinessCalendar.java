package org.opsdesk.platform.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Business days and business hours of one organisation. A business day is a day that is not a weekend
 * day, a public holiday or a closure day; business hours run from {@code opensAt} to {@code closesAt}
 * on business days, in the organisation's time zone.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Set<DayOfWeek> weekend;
    private final LocalTime opensAt;
    private final LocalTime closesAt;
    private final Predicate<LocalDate> holidayOrClosure;

    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> weekend, LocalTime opensAt, LocalTime closesAt,
                            Predicate<LocalDate> holidayOrClosure) {
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("business hours must open before they close");
        }
        this.zone = zone;
        this.weekend = Set.copyOf(weekend);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.holidayOrClosure = holidayOrClosure;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public boolean isBusinessDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidayOrClosure.test(date);
    }

    /** The {@code n}-th business day after {@code date} (n ≥ 1); {@code date} itself never counts. */
    public LocalDate businessDaysAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * "Within n business days" of {@code start}: close of business on the n-th business day after the
     * local day on which {@code start} falls.
     */
    public Instant deadline(Instant start, int businessDays) {
        return closeOfBusiness(businessDaysAfter(dateOf(start), businessDays));
    }

    public Instant closeOfBusiness(LocalDate date) {
        return ZonedDateTime.of(date, closesAt, zone).toInstant();
    }

    /** The instant at which {@code amount} of business hours have passed since {@code start}. */
    public Instant plusBusinessTime(Instant start, Duration amount) {
        Duration left = amount;
        ZonedDateTime cursor = start.atZone(zone);
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (isBusinessDay(day)) {
                ZonedDateTime open = ZonedDateTime.of(day, opensAt, zone);
                ZonedDateTime close = ZonedDateTime.of(day, closesAt, zone);
                ZonedDateTime from = cursor.isBefore(open) ? open : cursor;
                if (from.isBefore(close)) {
                    Duration available = Duration.between(from, close);
                    if (available.compareTo(left) >= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            cursor = ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone);
        }
    }

    /** Business hours elapsed between two instants (zero when {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (cursor.isBefore(end)) {
            LocalDate day = cursor.toLocalDate();
            if (isBusinessDay(day)) {
                ZonedDateTime open = ZonedDateTime.of(day, opensAt, zone);
                ZonedDateTime close = ZonedDateTime.of(day, closesAt, zone);
                ZonedDateTime a = cursor.isBefore(open) ? open : cursor;
                ZonedDateTime b = end.isBefore(close) ? end : close;
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            cursor = ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone);
        }
        return total;
    }
}
