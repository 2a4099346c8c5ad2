package org.opsdesk.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** The organisation's business calendar: time zone, weekend, business hours and public-holiday jurisdiction. */
@ConfigMapping(prefix = "opsdesk.calendar")
public interface CalendarConfig {

    @WithDefault("America/Chicago")
    ZoneId zone();

    @WithDefault("SATURDAY,SUNDAY")
    Set<DayOfWeek> weekend();

    @WithDefault("08:00")
    LocalTime opensAt();

    @WithDefault("17:00")
    LocalTime closesAt();

    /** Jollyday calendar code of the public holidays, e.g. {@code US}. */
    @WithDefault("US")
    String holidayCountry();

    /** Subdivision within the country whose holidays also apply, e.g. {@code ok} (Oklahoma) or {@code me} (Maine). */
    Optional<String> holidaySubdivision();
}
