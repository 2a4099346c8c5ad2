package org.opsdesk.incident.domain;

import java.time.Duration;
import java.time.Instant;
import org.opsdesk.platform.time.BusinessCalendar;

/** When an SLA clock runs: around the clock, or only in the business hours of the business calendar. */
public enum SlaHours {
    TWENTY_FOUR_SEVEN {
        @Override
        public Instant advance(Instant start, Duration amount, BusinessCalendar calendar) {
            return start.plus(amount);
        }

        @Override
        public Duration elapsed(Instant from, Instant to, BusinessCalendar calendar) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    },
    BUSINESS_HOURS {
        @Override
        public Instant advance(Instant start, Duration amount, BusinessCalendar calendar) {
            return calendar.plusBusinessTime(start, amount);
        }

        @Override
        public Duration elapsed(Instant from, Instant to, BusinessCalendar calendar) {
            return calendar.businessTimeBetween(from, to);
        }
    };

    /** The instant at which {@code amount} of clock time has run since {@code start}. */
    public abstract Instant advance(Instant start, Duration amount, BusinessCalendar calendar);

    /** Clock time that ran between two instants. */
    public abstract Duration elapsed(Instant from, Instant to, BusinessCalendar calendar);
}
