package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.opsdesk.incident.domain.Command;
import org.opsdesk.incident.domain.Contact;
import org.opsdesk.incident.domain.EscalationType;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.reference.Team;
import org.opsdesk.incident.persistence.TeamRepository;
import org.opsdesk.platform.errors.ConflictException;

/** Functional escalation along the team's path to the next tier, hierarchical up its management chain (IN-8). */
@ApplicationScoped
public class Escalations {

    private final TeamRepository teams;
    private final Journal journal;

    Escalations(TeamRepository teams, Journal journal) {
        this.teams = teams;
        this.journal = journal;
    }

    /** @throws ConflictException when the path has no next tier or the team no manager; nothing changed then */
    public void escalate(Incident incident, EscalationType type, String reason, String by, Instant now) {
        incident.requireAllows(Command.ESCALATE);
        Team team = teams.findByIdOptional(incident.assignedTeam())
                .orElseThrow(() -> new ConflictException("team " + incident.assignedTeam() + " no longer exists; assign the case first"));
        String fromTeam = incident.assignedTeam();
        if (type == EscalationType.FUNCTIONAL) {
            String next = team.escalatesTo().orElseThrow(() -> new ConflictException(
                    "team " + team.id() + " has no next tier on its escalation path; escalate HIERARCHICAL instead"));
            incident.escalateFunctionally(next, now);
            record(incident, type, reason, by, now, fromTeam, null);
        } else {
            Contact manager = team.managerAt(incident.managementLevel() + 1).orElseThrow(() -> new ConflictException(
                    "team " + team.id() + " has no manager on its escalation path"));
            incident.escalateHierarchically();
            record(incident, type, reason, by, now, fromTeam, manager);
        }
    }

    /** Whether {@link #escalate} would succeed for {@code type}. */
    public boolean possible(Incident incident, EscalationType type) {
        return teams.findByIdOptional(incident.assignedTeam())
                .map(team -> type == EscalationType.FUNCTIONAL ? team.escalatesTo().isPresent()
                        : team.managerAt(incident.managementLevel() + 1).isPresent())
                .orElse(false);
    }

    private void record(Incident incident, EscalationType type, String reason, String by, Instant now, String fromTeam,
                        Contact manager) {
        journal.announce(incident, "ESCALATED_" + type, by, now, new IncidentEvents.Escalated(now, by, reason, type,
                fromTeam, incident.assignedTeam(), incident.managementLevel(), manager), Journal.reason(reason));
    }
}
