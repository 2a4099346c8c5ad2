package org.opsdesk.incident.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.opsdesk.platform.time.BusinessCalendar;

/**
 * Before a case is closed for a customer who cannot be reached, the customer must have been tried at least
 * {@code minAttempts} times by at least {@code minMethods} methods, the tries spread over at least
 * {@code minBusinessDays} business days (IN-15; default 3, 2, 5). Only the unsuccessful tries since the
 * customer was last reached count.
 */
public record UnreachableCustomerRule(int minAttempts, int minMethods, int minBusinessDays) {

    /** @return what is still missing, in words; empty when the case may be closed */
    public List<String> unmet(List<ContactAttempt> attempts, BusinessCalendar calendar) {
        List<ContactAttempt> sinceReached = new ArrayList<>();
        attempts.stream().sorted(Comparator.comparing(ContactAttempt::at)).forEach(attempt -> {
            if (attempt.outcome() == ContactOutcome.REACHED) {
                sinceReached.clear();
            } else {
                sinceReached.add(attempt);
            }
        });
        Set<ContactMethod> methods = new TreeSet<>();
        sinceReached.forEach(attempt -> methods.add(attempt.method()));
        int days = sinceReached.isEmpty() ? 0 : businessDaysBetween(
                calendar.dateOf(sinceReached.get(0).at()), calendar.dateOf(sinceReached.get(sinceReached.size() - 1).at()), calendar);

        List<String> unmet = new ArrayList<>();
        if (sinceReached.size() < minAttempts) {
            unmet.add("%d unsuccessful contact attempts needed, %d recorded".formatted(minAttempts, sinceReached.size()));
        }
        if (methods.size() < minMethods) {
            unmet.add("%d different methods needed, used %s".formatted(minMethods, methods.isEmpty() ? "none" : methods));
        }
        if (days < minBusinessDays) {
            unmet.add("attempts must span %d business days, they span %d".formatted(minBusinessDays, days));
        }
        return unmet;
    }

    /** Business days after {@code first} up to and including {@code last}. */
    private static int businessDaysBetween(LocalDate first, LocalDate last, BusinessCalendar calendar) {
        int days = 0;
        for (LocalDate day = first.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                days++;
            }
        }
        return days;
    }
}
