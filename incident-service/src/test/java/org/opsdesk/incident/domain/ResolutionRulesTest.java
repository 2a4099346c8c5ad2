package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdesk.incident.domain.DomainFixtures.CALENDAR;
import static org.opsdesk.incident.domain.DomainFixtures.DEADLINES;
import static org.opsdesk.incident.domain.DomainFixtures.T0;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 001 §5.8 (verify with the customer, then resolve) and §5.9 (the customer then has 3 days to dispute). */
class ResolutionRulesTest {

    @Test
    void theDisputeWindowIsThreeCalendarDaysByDefaultAndBusinessDaysOnRequest() {
        Instant thursdayMorning = Instant.parse("2026-12-10T15:00:00Z");
        assertThat(new DisputeWindow(3, 3, false).deadlines(thursdayMorning, CALENDAR))
                .isEqualTo(new Deadlines(Instant.parse("2026-12-13T15:00:00Z"), Instant.parse("2026-12-13T15:00:00Z")));
        // business days: Friday, Monday, Tuesday, at close of business (17:00 in Chicago)
        assertThat(new DisputeWindow(3, 5, true).deadlines(thursdayMorning, CALENDAR))
                .isEqualTo(new Deadlines(Instant.parse("2026-12-15T23:00:00Z"), Instant.parse("2026-12-17T23:00:00Z")));
    }

    @Test
    void aResolutionRecordsHowTheCustomerConfirmedOrWhyNot() {
        Incident confirmed = DomainFixtures.in(IncidentStatus.IN_PROGRESS);
        confirmed.resolve(ResolutionType.PERMANENT_FIX, "fixed", CustomerVerification.confirmedBy(ContactMethod.EMAIL), T0, "tess",
                DEADLINES);
        assertThat(confirmed.confirmationMethod()).isEqualTo(ContactMethod.EMAIL);
        assertThat(confirmed.unconfirmedReason()).isNull();
        assertThat(confirmed.drainChanges()).anyMatch(change -> change.field().equals("confirmationMethod"));

        Incident unreachable = DomainFixtures.in(IncidentStatus.ON_HOLD);
        unreachable.resolve(ResolutionType.WORKAROUND, "restarted",
                CustomerVerification.unconfirmed(UnconfirmedReason.CUSTOMER_UNREACHABLE), T0, "tess", DEADLINES);
        assertThat(unreachable.unconfirmedReason()).isEqualTo(UnconfirmedReason.CUSTOMER_UNREACHABLE);
        unreachable.dispute(T0.plusSeconds(60), DomainFixtures.SETTINGS, DomainFixtures.DESK);
        assertThat(unreachable.unconfirmedReason()).isNull();

        assertThatThrownBy(() -> new CustomerVerification(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerVerification(ContactMethod.PHONE, UnconfirmedReason.ALERT_CLEARED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
