package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.CustomerVerification;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.ResolutionType;
import org.opsdesk.incident.domain.UnconfirmedReason;
import org.opsdesk.incident.domain.problem.ProblemReason;

/** Resolving an incident, whoever does it: a person, the end of its major incident, its alert clearing (IN-11 … IN-13). */
@ApplicationScoped
public class Resolutions {

    private final Triage triage;
    private final IncidentHistory history;
    private final IncidentEventPublisher events;
    private final ProblemService problems;
    private final IncidentConfig config;

    Resolutions(Triage triage, IncidentHistory history, IncidentEventPublisher events, ProblemService problems,
                IncidentConfig config) {
        this.triage = triage;
        this.history = history;
        this.events = events;
        this.problems = problems;
        this.config = config;
    }

    /**
     * A workaround opens a problem, except when the alert merely cleared: one clearing proves nothing, a recurring
     * alert does (001 §5.8.1), so an incident opened by alerts is counted against its alert's recent resolutions.
     */
    public void resolve(Incident incident, ResolutionType type, String resolution, CustomerVerification verification,
                        String by, Instant now) {
        incident.resolve(type, resolution, verification, now, by, triage.deadlines(now));
        history.record(incident, "RESOLVED", by, now);
        events.publish(incident, IncidentEventPublisher.RESOLVED, "resolutionType", type.name(), "resolution", resolution,
                "resolvedAt", now, "disputeDeadline", incident.disputeDeadline(), "customerConfirmed", verification.confirmed(),
                "confirmationMethod", verification.confirmationMethod(), "unconfirmedReason", verification.unconfirmedReason(),
                "at", now, "by", by);
        boolean alertCleared = verification.unconfirmedReason() == UnconfirmedReason.ALERT_CLEARED;
        if (type == ResolutionType.WORKAROUND && config.problems().openOnWorkaround() && !alertCleared) {
            problems.openFor(incident, ProblemReason.WORKAROUND_RESOLUTION, by);
        }
        if (incident.openedByAlert()) {
            problems.openForRecurringAlert(incident, by);
        }
    }
}
