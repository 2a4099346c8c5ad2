package org.opsdesk.review.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.opsdesk.platform.time.BusinessCalendar;
import org.opsdesk.platform.time.PublicHolidays;

/**
 * The platform's {@link BusinessCalendar} built as its CalendarProducer builds it for this service's
 * configuration: Jollyday country US with subdivision ok (federal + Oklahoma holidays), 08:00–17:00, Saturday and
 * Sunday off, plus the given closure days.
 */
public final class TestCalendars {

    public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final PublicHolidays HOLIDAYS = new PublicHolidays("US", "ok");

    private TestCalendars() {
    }

    public static BusinessCalendar oklahoma(ZoneId zone, Set<LocalDate> closures) {
        return new BusinessCalendar(zone, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(8, 0), LocalTime.of(17, 0),
                date -> HOLIDAYS.test(date) || closures.contains(date));
    }
}
