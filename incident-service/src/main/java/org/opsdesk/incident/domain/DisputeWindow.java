package org.opsdesk.incident.domain;

import java.time.Duration;
import java.time.Instant;
import org.opsdesk.platform.time.BusinessCalendar;

/**
 * How long the customer may dispute a resolution and when the case closes by itself (IN-13). 001 §5.9: "the
 * customer then has 3 days"; counted as calendar days unless {@code businessDays} (close of business on the last one).
 */
public record DisputeWindow(int disputeDays, int autoCloseDays, boolean businessDays) {

    public Deadlines deadlines(Instant resolvedAt, BusinessCalendar calendar) {
        return new Deadlines(after(resolvedAt, disputeDays, calendar), after(resolvedAt, autoCloseDays, calendar));
    }

    private Instant after(Instant from, int days, BusinessCalendar calendar) {
        return businessDays ? calendar.deadline(from, days) : from.plus(Duration.ofDays(days));
    }
}
