package org.opsdesk.review.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.opsdesk.platform.time.BusinessCalendar;

/**
 * Review deadlines on the organisation's business calendar. "Within n business days of t" is close of business
 * on the n-th business day after the local day of t ({@link BusinessCalendar#deadline}); the reminder falls at
 * close of business {@code daysBefore} business days before the deadline's day.
 */
public record Deadlines(BusinessCalendar calendar, int reminderBusinessDaysBefore) {

    public Instant due(Instant start, int businessDays) {
        return calendar.deadline(start, businessDays);
    }

    public Instant reminder(Instant due) {
        LocalDate day = calendar.dateOf(due);
        for (int counted = 0; counted < reminderBusinessDaysBefore; ) {
            day = day.minusDays(1);
            if (calendar.isBusinessDay(day)) {
                counted++;
            }
        }
        return calendar.closeOfBusiness(day);
    }

    /** An action item due on {@code date} is overdue after close of business that day. */
    public Instant endOf(LocalDate date) {
        return calendar.closeOfBusiness(date);
    }
}
