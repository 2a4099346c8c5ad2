package org.opsdesk.incident.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.opsdesk.platform.time.BusinessCalendar;

/** Incidents in every state, built through their real transitions, on a fixed calendar. */
final class DomainFixtures {

    /** Tuesday 8 December 2026, 09:00 in Chicago. */
    static final Instant T0 = Instant.parse("2026-12-08T15:00:00Z");
    static final LocalDate HOLIDAY = LocalDate.of(2026, 12, 25);
    static final BusinessCalendar CALENDAR = new BusinessCalendar(ZoneId.of("America/Chicago"),
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(8, 0), LocalTime.of(17, 0), HOLIDAY::equals);
    static final SlaSettings SETTINGS = new SlaSettings(0.75, CALENDAR);
    static final SlaTerms P2_TERMS = new SlaTerms(SlaHours.TWENTY_FOUR_SEVEN, Duration.ofMinutes(30), Duration.ofHours(8));
    static final Deadlines DEADLINES = new Deadlines(T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(3)));
    static final String DESK = "service-desk";
    static final CustomerVerification CONFIRMED = CustomerVerification.confirmedBy(ContactMethod.PHONE);

    private DomainFixtures() {
    }

    static Incident logged() {
        IncidentDraft draft = new IncidentDraft(Source.PHONE, "Email is down", "No mail since 9", 2, Urgency.HIGH, null,
                List.of("email"), "dept-of-revenue", new Contact("Pat", "pat@example.org", null), T0, null, false);
        return Incident.log(draft, Priority.P2, true, SlaClock.start(P2_TERMS, T0, SETTINGS), DESK, T0, "desk");
    }

    static Incident in(IncidentStatus status) {
        Incident incident = logged();
        switch (status) {
            case NEW -> { }
            case ASSIGNED -> incident.assign("server-team", null, T0);
            case IN_PROGRESS -> acknowledged(incident);
            case ON_HOLD -> acknowledged(incident).hold(T0);
            case RESOLVED -> acknowledged(incident).resolve(ResolutionType.PERMANENT_FIX, "fixed", CONFIRMED, T0, "tess", DEADLINES);
            case REFERRED -> incident.refer("dps-help-desk", T0, "desk", DEADLINES);
            case CLOSED -> {
                acknowledged(incident).resolve(ResolutionType.PERMANENT_FIX, "fixed", CONFIRMED, T0, "tess", DEADLINES);
                incident.confirm(T0, "pat");
            }
        }
        incident.drainChanges();
        return incident;
    }

    private static Incident acknowledged(Incident incident) {
        incident.assign("server-team", null, T0);
        incident.acknowledge("tess", T0);
        return incident;
    }
}
