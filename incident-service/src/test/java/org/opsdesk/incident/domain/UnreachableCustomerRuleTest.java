package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdesk.incident.domain.DomainFixtures.CALENDAR;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.InvalidFieldException;

/** IN-15: three unsuccessful attempts, by phone and email, over at least five business days, recorded when they happen. */
class UnreachableCustomerRuleTest {

    private static final UnreachableCustomerRule RULE =
            new UnreachableCustomerRule(3, Set.of(ContactMethod.PHONE, ContactMethod.EMAIL), 5, Duration.ofMinutes(15));
    private static final UUID INCIDENT = UUID.randomUUID();

    private static ContactAttempt attempt(String at, ContactMethod method, ContactOutcome outcome) {
        return new ContactAttempt(INCIDENT, Instant.parse(at), Instant.parse(at), "desk", method, outcome, null);
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
                "attempts by [PHONE, EMAIL] needed, missing [EMAIL]", "attempts must span 5 business days, they span 0");
        assertThat(RULE.unmet(List.of(), CALENDAR)).hasSize(3).anyMatch(line -> line.contains("missing [PHONE, EMAIL]"));
    }

    @Test
    void anyTwoMethodsAreNotEnoughWherePhoneAndEmailAreRequired() {
        List<ContactAttempt> attempts = List.of(
                attempt("2026-12-07T15:00:00Z", ContactMethod.PHONE, ContactOutcome.NO_ANSWER),
                attempt("2026-12-09T15:00:00Z", ContactMethod.SMS, ContactOutcome.NO_REPLY),
                attempt("2026-12-14T15:00:00Z", ContactMethod.VOICEMAIL, ContactOutcome.LEFT_MESSAGE));
        assertThat(RULE.unmet(attempts, CALENDAR)).containsExactly("attempts by [PHONE, EMAIL] needed, missing [EMAIL]");
        UnreachableCustomerRule anyTwo = new UnreachableCustomerRule(3, Set.of(ContactMethod.PHONE, ContactMethod.SMS), 5,
                Duration.ofMinutes(15));
        assertThat(anyTwo.unmet(attempts, CALENDAR)).isEmpty();
    }

    @Test
    void anAttemptIsRecordedWhenItHappensNeverBeforeTheCaseAndAtMostTheGraceLate() {
        Instant logged = Instant.parse("2026-12-07T15:00:00Z");
        Instant now = logged.plus(Duration.ofDays(1));
        assertThat(RULE.attemptTime(null, now, logged)).isEqualTo(now);
        assertThat(RULE.attemptTime(now.minus(Duration.ofMinutes(15)), now, logged)).isEqualTo(now.minus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> RULE.attemptTime(now.minus(Duration.ofMinutes(16)), now, logged))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("when it happens");
        assertThatThrownBy(() -> RULE.attemptTime(logged.minusSeconds(1), logged.plusSeconds(60), logged))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("before the case was logged");
        assertThatThrownBy(() -> RULE.attemptTime(now.plusSeconds(1), now, logged))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("future");
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
