package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.incident.domain.DomainFixtures.CALENDAR;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** IN-15: three unsuccessful attempts, by two methods, over at least five business days. */
class UnreachableCustomerRuleTest {

    private static final UnreachableCustomerRule RULE = new UnreachableCustomerRule(3, 2, 5);
    private static final UUID INCIDENT = UUID.randomUUID();

    private static ContactAttempt attempt(String at, ContactMethod method, ContactOutcome outcome) {
        return new ContactAttempt(INCIDENT, Instant.parse(at), "desk", method, outcome, null);
    }

    @Test
    void threeAttemptsByTwoMethodsOverFiveBusinessDaysAreEnough() {
        List<ContactAttempt> attempts = List.of(
                attempt("2026-12-07T15:00:00Z", ContactMethod.PHONE, ContactOutcome.NO_ANSWER),   // Monday
                attempt("2026-12-09T15:00:00Z", ContactMethod.EMAIL, ContactOutcome.NO_REPLY),    // Wednesday
                attempt("2026-12-14T15:00:00Z", ContactMethod.PHONE, ContactOutcome.LEFT_MESSAGE)); // next Monday
        assertThat(RULE.unmet(attempts, CALENDAR)).isEmpty();
    }

    @Test
    void everyMissingConditionIsNamed() {
        List<String> unmet = RULE.unmet(List.of(attempt("2026-12-07T15:00:00Z", ContactMethod.PHONE, ContactOutcome.NO_ANSWER)), CALENDAR);
        assertThat(unmet).containsExactly("3 unsuccessful contact attempts needed, 1 recorded",
                "2 different methods needed, used [PHONE]", "attempts must span 5 business days, they span 0");
        assertThat(RULE.unmet(List.of(), CALENDAR)).hasSize(3).anyMatch(line -> line.contains("used none"));
    }

    @Test
    void weekendsAndHolidaysDoNotCountAsBusinessDays() {
        // Monday 21 December to Monday 28 December: the 25th is a holiday, so only 4 business days
        List<ContactAttempt> attempts = List.of(
                attempt("2026-12-21T15:00:00Z", ContactMethod.PHONE, ContactOutcome.NO_ANSWER),
                attempt("2026-12-23T15:00:00Z", ContactMethod.EMAIL, ContactOutcome.BOUNCED),
                attempt("2026-12-28T15:00:00Z", ContactMethod.PHONE, ContactOutcome.NO_ANSWER));
        assertThat(RULE.unmet(attempts, CALENDAR)).containsExactly("attempts must span 5 business days, they span 4");
    }

    @Test
    void reachingTheCustomerStartsTheCountAgain() {
        List<ContactAttempt> attempts = List.of(
                attempt("2026-12-07T15:00:00Z", ContactMethod.PHONE, ContactOutcome.NO_ANSWER),
                attempt("2026-12-09T15:00:00Z", ContactMethod.EMAIL, ContactOutcome.NO_REPLY),
                attempt("2026-12-14T15:00:00Z", ContactMethod.PHONE, ContactOutcome.NO_ANSWER),
                attempt("2026-12-15T15:00:00Z", ContactMethod.PHONE, ContactOutcome.REACHED),
                attempt("2026-12-16T15:00:00Z", ContactMethod.EMAIL, ContactOutcome.NO_REPLY));
        assertThat(RULE.unmet(attempts, CALENDAR)).contains("3 unsuccessful contact attempts needed, 1 recorded");
    }
}
