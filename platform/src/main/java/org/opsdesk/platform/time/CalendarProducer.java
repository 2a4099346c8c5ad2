package org.opsdesk.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;

@Dependent
public class CalendarProducer {

    @Produces
    @Singleton
    @DefaultBean
    ClosureDays noClosures() {
        return date -> false;
    }

    @Produces
    @Singleton
    BusinessCalendar businessCalendar(CalendarConfig config, ClosureDays closures) {
        String[] region = config.holidaySubdivision().map(s -> new String[] {s}).orElse(new String[0]);
        PublicHolidays holidays = new PublicHolidays(config.holidayCountry(), region);
        return new BusinessCalendar(config.zone(), config.weekend(), config.opensAt(), config.closesAt(),
                (LocalDate date) -> holidays.test(date) || closures.isClosed(date));
    }
}
