package org.opsdesk.notification.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.notification.application.NoticeView.Fact;
import org.opsdesk.notification.domain.Notice;
import org.opsdesk.notification.domain.NoticeRule.Party;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.domain.TeamRoster;
import org.opsdesk.notification.persistence.TeamRosterRepository;

/**
 * Incident events that need a person (issue 13): escalations (IN-8), SLA warnings and breaches (IN-9), duplicates
 * reported (IN-6); and the team rosters (incident.team-changed) their recipients resolve through.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IncidentAlerts {

    public static final String TEAM_CHANGED = "incident.team-changed";

    private final PersonalNotices notices;
    private final TeamRosterRepository teams;
    private final TimeText time;

    IncidentAlerts(PersonalNotices notices, TeamRosterRepository teams, TimeText time) {
        this.notices = notices;
        this.teams = teams;
        this.time = time;
    }

    /** What the incident events carry that routing needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(UUID incidentId, String number, String summary, Integer severity, String priority, String assignedTeam,
                        String assignee, Instant at, String by, String reason, String escalationType, String fromTeam,
                        String toTeam, Integer managementLevel, Person manager, String target, Instant dueAt,
                        UUID duplicateIncidentId, String duplicateNumber, Person duplicateReporter, String level,
                        Integer reminder) {
    }

    public void teamChanged(TeamRoster.Data data) {
        TeamRoster team = teams.findByIdOptional(data.teamId()).orElse(null);
        if ("DELETED".equals(data.action())) {
            if (team != null) {
                teams.delete(team);
            }
            return;
        }
        if (team == null) {
            team = new TeamRoster(data.teamId());
            team.define(data);
            teams.persist(team);
        } else {
            team.define(data);
        }
    }

    public void on(String type, Event e) {
        Notice.Subject subject = new Notice.Subject(SubjectType.INCIDENT, e.incidentId(), e.number() == null ? e.incidentId().toString() : e.number());
        List<Fact> facts = List.of(new Fact("Incident", e.number()), new Fact("Summary", e.summary()),
                new Fact("Priority", e.priority()), new Fact("Team", e.assignedTeam()), new Fact("Assignee", e.assignee()));
        switch (type) {
            case "incident.escalated" -> {
                boolean functional = "FUNCTIONAL".equals(e.escalationType());
                int level = e.managementLevel() == null ? 0 : e.managementLevel();
                NoticeRecipients.Parties parties = NoticeRecipients.Parties.of(e.assignedTeam(), level)
                        .with(Party.ASSIGNEE, e.assignee()).with(Party.MANAGERS, e.manager());
                String headline = functional ? "Escalated to your team " + e.toTeam() + ": " + e.summary()
                        : "Escalated to management (level " + level + "): " + e.summary();
                notices.tell(functional ? "incident.escalated-functional" : "incident.escalated-hierarchical",
                        e.incidentId() + "/" + e.at(), subject, parties, view(headline, "Reason: " + e.reason(), facts));
            }
            case "incident.sla-breached", "incident.sla-warning" -> {
                boolean breach = type.equals("incident.sla-breached");
                String target = e.target() == null ? "" : e.target().toLowerCase();
                String headline = (breach ? "SLA breached: the " + target + " target was missed: "
                        : "SLA warning: the " + target + " target is near: ") + e.summary();
                notices.tell(type, e.incidentId() + "/" + e.target() + "/" + e.dueAt(), subject,
                        NoticeRecipients.Parties.of(e.assignedTeam(), 1).with(Party.ASSIGNEE, e.assignee()),
                        view(headline, "The " + target + " target " + (breach ? "was due " : "is due ") + time.format(e.dueAt()) + ".", facts));
            }
            case "incident.acknowledgement-overdue" -> notices.tell("MANAGER".equals(e.level())
                            ? "incident.acknowledgement-overdue-manager" : "incident.acknowledgement-overdue-queue",
                    e.incidentId() + "/" + e.dueAt() + "/" + e.reminder(), subject,
                    NoticeRecipients.Parties.of(e.assignedTeam(), 1).with(Party.ASSIGNEE, e.assignee()),
                    view("Not acknowledged (reminder " + e.reminder() + "): " + e.summary(), "The " + e.assignedTeam()
                            + " queue should have acknowledged it by " + time.format(e.dueAt()) + ". Acknowledge it now.", facts));
            case "incident.duplicate-reported" -> notices.tell(type, e.incidentId() + "/" + e.duplicateIncidentId(), subject,
                    NoticeRecipients.Parties.of(e.assignedTeam(), 0).with(Party.ASSIGNEE, e.assignee()),
                    view("Reported again as " + e.duplicateNumber() + ": " + e.summary(),
                            (e.duplicateReporter() == null ? "Someone" : e.duplicateReporter().name())
                                    + " reported the same problem; the new case is linked to yours as a duplicate.", facts));
            default -> { }
        }
    }

    static NoticeView view(String headline, String paragraph, List<Fact> facts) {
        return new NoticeView(headline, List.of(paragraph), facts, null, null);
    }
}
