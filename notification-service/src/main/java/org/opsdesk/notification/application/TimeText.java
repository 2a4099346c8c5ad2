package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opsdesk.platform.time.CalendarConfig;

/** Times as people read them in messages: in the organisation's zone, with the zone named. */
@ApplicationScoped
public class TimeText {

    private final DateTimeFormatter long_;
    private final DateTimeFormatter short_;

    TimeText(CalendarConfig calendar) {
        this.long_ = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH).withZone(calendar.zone());
        this.short_ = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH).withZone(calendar.zone());
    }

    public String format(Instant instant) {
        return instant == null ? null : long_.format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? null : short_.format(instant);
    }
}
