package org.opsdesk.notification.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opsdesk.notification.application.NoticeView.Fact;
import org.opsdesk.notification.domain.Bridge;
import org.opsdesk.notification.domain.Notice;
import org.opsdesk.notification.domain.NoticeRule.Party;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.SubjectType;

/**
 * Major-incident events that need a person (issue 13): a proposal waiting for an authority (MI-1), a coordinator gap
 * (MI-2), a disaster risk and a disaster declared (MI-8), the bridge and the members who join it (MI-4).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MajorIncidentAlerts {

    private final PersonalNotices notices;
    private final ProposalReminders reminders;

    MajorIncidentAlerts(PersonalNotices notices, ProposalReminders reminders) {
        this.notices = notices;
        this.reminders = reminders;
    }

    /** What the major-incident and proposal events carry that routing needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(UUID majorIncidentId, String number, String title, Person coordinator, Person dutyManager,
                        Bridge bridge, Person cio, Person member, List<Person> members, String reason, String assessment,
                        UUID proposalId, String origin, String impactSummary, Instant reportedAt) {
    }

    public void on(String type, Event e, Instant eventTime) {
        switch (type) {
            case "major-incident.proposal-created" -> {
                proposal(new ProposalReminders.Due(e.proposalId(), e.title(), e.reason(), e.dutyManager(), 0));
                reminders.watch(e.proposalId(), e.title(), e.reason(), e.dutyManager(), eventTime);
            }
            case "major-incident.proposal-confirmed", "major-incident.proposal-rejected" -> reminders.decided(e.proposalId());
            case "major-incident.coordinator-gap" -> tell(type, e.majorIncidentId() + "/" + eventTime, e,
                    NoticeRecipients.Parties.of(null, 0).with(Party.DUTY_MANAGER, e.dutyManager()),
                    "No coordinator on duty: " + e.title(), e.reason() + ". Whoever of the chain is available, take the lead.");
            case "major-incident.disaster-risk-reported" -> tell(type, e.majorIncidentId().toString(), e,
                    NoticeRecipients.Parties.of(null, 0).with(Party.CIO, e.cio()),
                    "Disaster risk: " + e.title(), "Assessment: " + e.assessment() + ". Decide whether to declare a disaster.");
            case "major-incident.disaster-declared" -> tell(type, e.majorIncidentId().toString(), e,
                    NoticeRecipients.Parties.of(null, 0), "Disaster declared: " + e.title(), "Reason: " + e.reason());
            case "major-incident.bridge-opened" -> tell(type, e.majorIncidentId() + "/" + (e.bridge() == null ? "" : e.bridge().dialIn()), e,
                    NoticeRecipients.Parties.of(null, 0).with(Party.COORDINATOR, e.coordinator()).withAll(Party.MEMBERS, e.members()),
                    "Bridge open: " + e.title(), "Join the bridge now.");
            case "major-incident.member-added" -> tell(type, e.majorIncidentId().toString(), e,
                    NoticeRecipients.Parties.of(null, 0).with(Party.MEMBER, e.member()),
                    "You joined the major incident team: " + e.title(), "Join the bridge now.");
            default -> { }
        }
    }

    /** The proposal, or (number > 0) a reminder of it: each its own notice. */
    public void proposal(ProposalReminders.Due p) {
        String again = p.number() == 0 ? "" : "Reminder " + p.number() + ": ";
        notices.tell("major-incident.proposal-created", p.proposalId() + (p.number() == 0 ? "" : "/reminder-" + p.number()),
                new Notice.Subject(SubjectType.PROPOSAL, p.proposalId(), proposalNumber(p.proposalId())),
                NoticeRecipients.Parties.of(null, 0).with(Party.DUTY_MANAGER, p.dutyManager()),
                view(again + "Potential major incident waiting for a decision: " + p.title(),
                        "Reported: " + p.reason() + ". Please confirm or reject it (POST /api/v1/proposals/{id}/confirm or /reject).",
                        List.of(new Fact("Proposal", p.proposalId().toString()))));
    }

    /** Reminds of every proposal still waiting whose reminder is due. @return how many */
    @Transactional(Transactional.TxType.REQUIRED)
    public int remindProposals(Instant now) {
        List<ProposalReminders.Due> due = reminders.takeDue(now);
        due.forEach(this::proposal);
        return due.size();
    }

    private void tell(String type, String fact, Event e, NoticeRecipients.Parties parties, String headline, String paragraph) {
        List<Fact> facts = new ArrayList<>(List.of(new Fact("Major incident", e.number())));
        if (e.bridge() != null) {
            facts.add(new Fact("Bridge dial-in", e.bridge().dialIn()));
            facts.add(new Fact("Access code", e.bridge().accessCode()));
            facts.add(new Fact("Bridge link", e.bridge().url()));
        }
        facts.add(new Fact("Coordinator", e.coordinator() == null ? null : e.coordinator().name()));
        notices.tell(type, fact, new Notice.Subject(SubjectType.MAJOR_INCIDENT, e.majorIncidentId(),
                e.number() == null ? e.majorIncidentId().toString() : e.number()), parties, view(headline, paragraph, facts));
    }

    /** A proposal has no number of its own: the first block of its id, so mail can be searched by it. */
    static String proposalNumber(UUID proposalId) {
        return "PROPOSAL-" + proposalId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static NoticeView view(String headline, String paragraph, List<Fact> facts) {
        return IncidentAlerts.view(headline, paragraph, facts);
    }
}
