package org.opsdesk.incident.application;

import static org.opsdesk.incident.application.IncidentHistory.reason;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.Command;
import org.opsdesk.incident.domain.CustomerVerification;
import org.opsdesk.incident.domain.EscalationType;
import org.opsdesk.incident.domain.Incident;
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
    private final IncidentHistory history;
    private final IncidentEventPublisher events;
    private final IncidentConfig config;
    private final BusinessCalendar calendar;
    private final Clock clock;

    IncidentCommands(IncidentAccess access, TeamRepository teams, HelpDeskRepository helpDesks, ContactAttemptRepository attempts,
                     Escalations escalations, Resolutions resolutions, Triage triage, IncidentHistory history,
                     IncidentEventPublisher events, IncidentConfig config, BusinessCalendar calendar, Clock clock) {
        this.access = access;
        this.teams = teams;
        this.helpDesks = helpDesks;
        this.attempts = attempts;
        this.escalations = escalations;
        this.resolutions = resolutions;
        this.triage = triage;
        this.history = history;
        this.events = events;
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
        incident.assign(teamId, person, now());
        return done(incident, "ASSIGNED", IncidentEventPublisher.ASSIGNED, caller, note);
    }

    /** A member of the assigned team takes the case and becomes its assignee (IN-7). */
    @Transactional
    public Incident acknowledge(UUID id, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.requireAllows(Command.ACKNOWLEDGE);
        teams.findByIdOptional(incident.assignedTeam()).filter(team -> !team.hasMember(caller.name())).ifPresent(team -> {
            throw new AccessDeniedException("only members of team " + team.id() + " may acknowledge its cases");
        });
        incident.acknowledge(caller.name(), now());
        return done(incident, "ACKNOWLEDGED", IncidentEventPublisher.ACKNOWLEDGED, caller, null);
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
        return done(incident, "RETURNED", IncidentEventPublisher.RETURNED, caller, reason);
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
        incident.hold(now());
        return done(incident, "HELD", IncidentEventPublisher.HELD, caller, reason);
    }

    @Transactional
    public Incident resume(UUID id, String note, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.resume(now(), triage.settings());
        return done(incident, "RESUMED", IncidentEventPublisher.RESUMED, caller, note);
    }

    /** The case belongs to another agency's help desk: resolved as referred, the customer gets its contacts (IN-3). */
    @Transactional
    public Incident refer(UUID id, String helpDeskId, String note, Caller caller) {
        Incident incident = access.lock(id, caller);
        HelpDesk desk = helpDesks.findByIdOptional(helpDeskId)
                .orElseThrow(() -> new InvalidFieldException("helpDeskId", "unknown help desk " + helpDeskId));
        Instant now = now();
        incident.refer(helpDeskId, now, caller.name(), triage.deadlines(now));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", desk.name());
        contact.put("phone", desk.phone());
        contact.put("email", desk.email());
        contact.put("url", desk.url());
        return done(incident, "REFERRED", IncidentEventPublisher.REFERRED, caller, note, "helpDesk", contact,
                "resolvedAt", now, "disputeDeadline", incident.disputeDeadline());
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
        incident.confirm(now(), caller.name());
        return closed(incident, caller, comment);
    }

    /** Within the dispute window the case is reopened and its resolution clock resumes (IN-13). */
    @Transactional
    public Incident dispute(UUID id, String reason, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.dispute(now(), triage.settings(), config.serviceDeskTeam());
        return done(incident, "REOPENED", IncidentEventPublisher.REOPENED, caller, reason, "reopenCount", incident.reopenCount());
    }

    /** Closing without the customer's confirmation: a referral, or a customer who cannot be reached (IN-15). */
    @Transactional
    public Incident close(UUID id, String reason, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.close(now(), caller.name(), triage.unreachableCustomerRule().unmet(attempts.of(id), calendar));
        return closed(incident, caller, reason);
    }

    private Incident closed(Incident incident, Caller caller, String reason) {
        return done(incident, "CLOSED", IncidentEventPublisher.CLOSED, caller, reason, "closedAt", incident.closedAt(),
                "closedBy", incident.closedBy(), "closeReason", incident.closeReason());
    }

    private Incident done(Incident incident, String action, String eventType, Caller caller, String reason, Object... extras) {
        Instant now = now();
        incident.actedOnByPerson();
        if (reason == null) {
            history.record(incident, action, caller.name(), now);
        } else {
            history.record(incident, action, caller.name(), now, reason(reason));
        }
        Object[] fields = new Object[extras.length + 6];
        System.arraycopy(new Object[] {"at", now, "by", caller.name(), "reason", reason}, 0, fields, 0, 6);
        System.arraycopy(extras, 0, fields, 6, extras.length);
        events.publish(incident, eventType, fields);
        return incident;
    }

    private Instant now() {
        return Moments.now(clock);
    }
}
