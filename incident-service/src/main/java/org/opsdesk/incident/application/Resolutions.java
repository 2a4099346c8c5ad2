package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.CustomerVerification;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.ResolutionType;
import org.opsdesk.incident.domain.UnconfirmedReason;
import org.opsdesk.incident.domain.problem.ProblemReason;

/** Resolving an incident, whoever does it: a person, the end of its major incident, its alert clearing (IN-11 … IN-13). */
@ApplicationScoped
public class Resolutions {

    private final Triage triage;
    private final Journal journal;
    private final ProblemService problems;
    private final IncidentConfig config;

    Resolutions(Triage triage, Journal journal, ProblemService problems,
                IncidentConfig config) {
        this.triage = triage;
        this.journal = journal;
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
        journal.announce(incident, "RESOLVED", by, now, new IncidentEvents.Resolved(type, resolution, now,
                incident.disputeDeadline(), verification.confirmed(), verification.confirmationMethod(),
                verification.unconfirmedReason(), now, by));
        boolean alertCleared = verification.unconfirmedReason() == UnconfirmedReason.ALERT_CLEARED;
        if (type == ResolutionType.WORKAROUND && config.problems().openOnWorkaround() && !alertCleared) {
            problems.openFor(incident, ProblemReason.WORKAROUND_RESOLUTION, by);
        }
        if (incident.openedByAlert()) {
            problems.openForRecurringAlert(incident, by);
        }
    }
}
