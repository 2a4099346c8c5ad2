package org.opsdesk.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.time.BusinessCalendar;

/**
 * Before a case is closed for a customer who cannot be reached, the customer must have been tried at least
 * {@code minAttempts} times, by each of the {@code requiredMethods}, the tries spread over at least
 * {@code minBusinessDays} business days (IN-15; 003: "three (3) times by two (2) different methods (phone and
 * e-mail) in a minimum five (5) business day period"). Only the unsuccessful tries since the customer was last
 * reached count. A try is recorded when it happens, at most {@code backdateGrace} later, never before the case.
 */
public record UnreachableCustomerRule(int minAttempts, Set<ContactMethod> requiredMethods, int minBusinessDays,
                                      Duration backdateGrace) {

    public UnreachableCustomerRule {
        requiredMethods = Set.copyOf(requiredMethods);
    }

    /**
     * @param at when the caller says the attempt was made (null: now)
     * @return when the attempt counts as made
     * @throws InvalidFieldException naming {@code at} when it is in the future, before the case was logged or
     *     further back than the grace
     */
    public Instant attemptTime(Instant at, Instant now, Instant caseLoggedAt) {
        Instant when = at == null ? now : at;
        if (when.isAfter(now)) {
            throw new InvalidFieldException("at", "must not be in the future");
        }
        if (when.isBefore(caseLoggedAt)) {
            throw new InvalidFieldException("at", "must not be before the case was logged (" + caseLoggedAt + ")");
        }
        if (when.isBefore(now.minus(backdateGrace))) {
            throw new InvalidFieldException("at", "an attempt is recorded when it happens, at most " + backdateGrace + " later");
        }
        return when;
    }

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
        Set<ContactMethod> used = new TreeSet<>();
        sinceReached.forEach(attempt -> used.add(attempt.method()));
        Set<ContactMethod> missing = new TreeSet<>(requiredMethods);
        missing.removeAll(used);
        int days = sinceReached.isEmpty() ? 0 : businessDaysBetween(
                calendar.dateOf(sinceReached.get(0).at()), calendar.dateOf(sinceReached.get(sinceReached.size() - 1).at()), calendar);

        List<String> unmet = new ArrayList<>();
        if (sinceReached.size() < minAttempts) {
            unmet.add("%d unsuccessful contact attempts needed, %d recorded".formatted(minAttempts, sinceReached.size()));
        }
        if (!missing.isEmpty()) {
            unmet.add("attempts by %s needed, missing %s".formatted(new TreeSet<>(requiredMethods), missing));
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
