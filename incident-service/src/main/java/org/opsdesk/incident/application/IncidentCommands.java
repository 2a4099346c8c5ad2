package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.Command;
import org.opsdesk.incident.domain.CustomerVerification;
import org.opsdesk.incident.domain.EscalationType;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.ResolutionType;
import org.opsdesk.incident.domain.reference.HelpDesk;
import org.opsdesk.incident.domain.reference.Team;
import org.opsdesk.incident.persistence.ContactAttemptRepository;
import org.opsdesk.incident.persistence.HelpDeskRepository;
import org.opsdesk.incident.persistence.TeamRepository;
import org.opsdesk.platform.errors.AccessDeniedException;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.time.BusinessCalendar;

/** The lifecycle commands of an incident (IN-3, IN-7, IN-8, IN-11, IN-13, IN-15); each is one transaction. */
@ApplicationScoped
public class IncidentCommands {

    private final IncidentAccess access;
    private final TeamRepository teams;
    private final HelpDeskRepository helpDesks;
    private final ContactAttemptRepository attempts;
    private final Escalations escalations;
    private final Resolutions resolutions;
    private final Triage triage;
    private final Journal journal;
    private final IncidentConfig config;
    private final BusinessCalendar calendar;
    private final Clock clock;

    IncidentCommands(IncidentAccess access, TeamRepository teams, HelpDeskRepository helpDesks, ContactAttemptRepository attempts,
                     Escalations escalations, Resolutions resolutions, Triage triage, Journal journal,
                     IncidentConfig config, BusinessCalendar calendar, Clock clock) {
        this.access = access;
        this.teams = teams;
        this.helpDesks = helpDesks;
        this.attempts = attempts;
        this.escalations = escalations;
        this.resolutions = resolutions;
        this.triage = triage;
        this.journal = journal;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public Incident assign(UUID id, String teamId, String person, String note, Caller caller) {
        Incident incident = access.lock(id, caller);
        Team team = teams.findByIdOptional(teamId).orElseThrow(() -> new InvalidFieldException("team", "unknown team " + teamId));
        if (person != null && !team.hasMember(person)) {
            throw new InvalidFieldException("assignee", person + " is not a member of team " + teamId);
        }
        Instant now = now();
        incident.assign(teamId, person, now);
        return done(incident, "ASSIGNED", caller, note, now, new IncidentEvents.Assigned(now, caller.name(), note));
    }

    /** A member of the assigned team takes the case and becomes its assignee (IN-7). */
    @Transactional
    public Incident acknowledge(UUID id, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.requireAllows(Command.ACKNOWLEDGE);
        teams.findByIdOptional(incident.assignedTeam()).filter(team -> !team.hasMember(caller.name())).ifPresent(team -> {
            throw new AccessDeniedException("only members of team " + team.id() + " may acknowledge its cases");
        });
        Instant now = now();
        incident.acknowledge(caller.name(), now);
        return done(incident, "ACKNOWLEDGED", caller, null, now, new IncidentEvents.Acknowledged(now, caller.name(), null));
    }

    /**
     * Wrong group or missing information: back to the service desk with the reason (IN-7, 001 §5.7). Only the
     * assignee, a member of the queue or its manager may send it back; a team without a member list, anyone entitled.
     */
    @Transactional
    public Incident returnToServiceDesk(UUID id, String reason, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.requireAllows(Command.RETURN_TO_SERVICE_DESK);
        boolean entitled = caller.name().equals(incident.assignee()) || teams.findByIdOptional(incident.assignedTeam())
                .map(team -> team.hasMember(caller.name()) || team.isManagedBy(caller.name())).orElse(true);
        if (!entitled) {
            throw new AccessDeniedException("only the assignee, a member of team " + incident.assignedTeam()
                    + " or its manager may return the case to the service desk");
        }
        incident.returnToServiceDesk(config.serviceDeskTeam());
        Instant now = now();
        return done(incident, "RETURNED", caller, reason, now, new IncidentEvents.Returned(now, caller.name(), reason));
    }

    @Transactional
    public Incident escalate(UUID id, EscalationType type, String reason, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.actedOnByPerson();
        escalations.escalate(incident, type, reason, caller.name(), now());
        return incident;
    }

    /** Waiting for the customer: the resolution clock stops until the case resumes. */
    @Transactional
    public Incident hold(UUID id, String reason, Caller caller) {
        Incident incident = access.lock(id, caller);
        Instant now = now();
        incident.hold(now);
        return done(incident, "HELD", caller, reason, now, new IncidentEvents.Held(now, caller.name(), reason));
    }

    @Transactional
    public Incident resume(UUID id, String note, Caller caller) {
        Incident incident = access.lock(id, caller);
        Instant now = now();
        incident.resume(now, triage.settings());
        return done(incident, "RESUMED", caller, note, now, new IncidentEvents.Resumed(now, caller.name(), note));
    }

    /** The case belongs to another agency's help desk: resolved as referred, the customer gets its contacts (IN-3). */
    @Transactional
    public Incident refer(UUID id, String helpDeskId, String note, Caller caller) {
        Incident incident = access.lock(id, caller);
        HelpDesk desk = helpDesks.findByIdOptional(helpDeskId)
                .orElseThrow(() -> new InvalidFieldException("helpDeskId", "unknown help desk " + helpDeskId));
        Instant now = now();
        incident.refer(helpDeskId, now, caller.name(), triage.deadlines(now));
        var contact = new IncidentEvents.HelpDeskContact(desk.name(), desk.phone(), desk.email(), desk.url());
        return done(incident, "REFERRED", caller, note, now, new IncidentEvents.Referred(now, caller.name(), note, contact,
                now, incident.disputeDeadline()));
    }

    /** After verifying with the customer that the resolution is satisfactory (001 §5.8), or saying why not. */
    @Transactional
    public Incident resolve(UUID id, ResolutionType type, String resolution, CustomerVerification verification, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.actedOnByPerson();
        resolutions.resolve(incident, type, resolution, verification, caller.name(), now());
        return incident;
    }

    /** The customer accepts the resolution (IN-11); the desk may record a confirmation given by phone. */
    @Transactional
    public Incident confirm(UUID id, String comment, Caller caller) {
        Incident incident = access.lock(id, caller);
        Instant now = now();
        incident.confirm(now, caller.name());
        return closed(incident, caller, comment, now);
    }

    /** Within the dispute window the case is reopened and its resolution clock resumes (IN-13). */
    @Transactional
    public Incident dispute(UUID id, String reason, Caller caller) {
        Incident incident = access.lock(id, caller);
        Instant now = now();
        incident.dispute(now, triage.settings(), config.serviceDeskTeam());
        return done(incident, "REOPENED", caller, reason, now,
                new IncidentEvents.Reopened(now, caller.name(), reason, incident.reopenCount()));
    }

    /** Closing without the customer's confirmation: a referral, or a customer who cannot be reached (IN-15). */
    @Transactional
    public Incident close(UUID id, String reason, Caller caller) {
        Incident incident = access.lock(id, caller);
        Instant now = now();
        incident.close(now, caller.name(), triage.unreachableCustomerRule().unmet(attempts.of(id), calendar));
        return closed(incident, caller, reason, now);
    }

    private Incident closed(Incident incident, Caller caller, String reason, Instant now) {
        return done(incident, "CLOSED", caller, reason, now, new IncidentEvents.Closed(now, caller.name(), reason,
                incident.closedAt(), incident.closedBy(), incident.closeReason()));
    }

    private Incident done(Incident incident, String action, Caller caller, String reason, Instant now,
                          IncidentEvents.Event event) {
        incident.actedOnByPerson();
        if (reason == null) {
            journal.announce(incident, action, caller.name(), now, event);
        } else {
            journal.announce(incident, action, caller.name(), now, event, Journal.reason(reason));
        }
        return incident;
    }

    private Instant now() {
        return Moments.now(clock);
    }
}
