package org.opsdesk.major.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.domain.KnownIncident;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.domain.MajorIncidentFilter;
import org.opsdesk.major.domain.MemberRole;
import org.opsdesk.major.domain.Person;
import org.opsdesk.major.domain.TimelineEntry;
import org.opsdesk.major.persistence.KnownIncidentRepository;
import org.opsdesk.major.persistence.MajorIncidentRepository;
import org.opsdesk.major.persistence.TeamMemberRepository;
import org.opsdesk.major.persistence.TimelineRepository;
import org.opsdesk.platform.errors.AccessDeniedException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** The lifecycle of a declared major incident: coordinator, scope, linked incidents, resolution, closure, timeline. */
@ApplicationScoped
public class MajorIncidentService {

    public static final String MANUAL_ENTRY = "manual-entry";

    private final MajorIncidentRepository majorIncidents;
    private final KnownIncidentRepository incidents;
    private final TeamMemberRepository members;
    private final TimelineRepository timeline;
    private final DeclarationService declarations;
    private final Journal journal;
    private final Clock clock;

    MajorIncidentService(MajorIncidentRepository majorIncidents, KnownIncidentRepository incidents, TeamMemberRepository members,
                         TimelineRepository timeline, DeclarationService declarations, Journal journal, Clock clock) {
        this.majorIncidents = majorIncidents;
        this.incidents = incidents;
        this.members = members;
        this.timeline = timeline;
        this.declarations = declarations;
        this.journal = journal;
        this.clock = clock;
    }

    public MajorIncident get(UUID id) {
        return majorIncidents.require(id);
    }

    public Page<MajorIncident> list(MajorIncidentFilter filter, PageRequest page) {
        return majorIncidents.list(filter, page);
    }

    public Page<TimelineEntry> timeline(UUID id, PageRequest page) {
        majorIncidents.require(id);
        return timeline.ofMajorIncident(id, page);
    }

    /**
     * A manual timeline entry (MI-9), written beside the journaled ones by a SCRIBE member or the coordinator;
     * entries are never changed or removed.
     */
    @Transactional
    public TimelineEntry writeEntry(UUID id, String text, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        boolean scribe = members.ofMajorIncident(id).stream()
                .anyMatch(m -> m.role() == MemberRole.SCRIBE && caller.is(m.person()::isCalled));
        if (!scribe && !caller.is(mi::isLedBy)) {
            throw new AccessDeniedException("timeline entries of " + mi.number() + " are written by its SCRIBE members"
                    + " and its coordinator");
        }
        return journal.note(mi, MANUAL_ENTRY, caller.name(), text);
    }

    /** Those who may declare designate the Incident Response Team Leader (002 §V.A.3). */
    @Transactional
    public MajorIncident reassignCoordinator(UUID id, Person person, String role, String reason, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        declarations.check(caller, mi.type(), "assign the coordinator of");
        mi.assignCoordinator(person, role);
        String why = "reassigned by " + caller.name() + (reason == null ? "" : ": " + reason);
        journal.announce(mi, caller.name(), "coordinator " + person.name() + " assigned (" + why + ")",
                new MajorIncidentEvents.CoordinatorAssigned(why));
        return mi;
    }

    /** @return false when the incident was already linked to this major incident */
    @Transactional
    public boolean linkIncident(UUID id, UUID incidentId, String actor) {
        MajorIncident mi = majorIncidents.require(id);
        if (mi.incidentIds().contains(incidentId)) {
            return false;
        }
        declarations.requireUnlinked(incidentId);
        linkChild(mi, incidentId, actor);
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void linkChild(MajorIncident mi, UUID incidentId, String actor) {
        mi.linkIncident(incidentId);
        String number = incidents.findByIdOptional(incidentId).map(KnownIncident::number).orElse(null);
        journal.announce(mi, actor, "incident " + (number != null ? number : incidentId) + " linked",
                new MajorIncidentEvents.IncidentLinked(incidentId, number));
    }

    @Transactional
    public MajorIncident changeScope(UUID id, Collection<String> serviceIds, String impactSummary, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        mi.changeScope(serviceIds, impactSummary);
        journal.announce(mi, caller.name(), "scope: services " + String.join(", ", mi.serviceIds())
                + "; impact: " + impactSummary, new MajorIncidentEvents.ScopeChanged());
        return mi;
    }

    @Transactional
    public MajorIncident resolve(UUID id, String resolutionSummary, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        mi.resolve(resolutionSummary, clock.instant(), caller.name());
        journal.announce(mi, caller.name(), "resolved: " + resolutionSummary,
                new MajorIncidentEvents.Resolved(resolutionSummary, caller.name(), team(mi), maxSeverity(mi)));
        return mi;
    }

    @Transactional
    public MajorIncident reopen(UUID id, String reason, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        mi.reopen();
        journal.announce(mi, caller.name(), "reopened: " + reason, new MajorIncidentEvents.Reopened(reason));
        return mi;
    }

    @Transactional
    public MajorIncident close(UUID id, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        mi.close(clock.instant(), caller.name());
        journal.announce(mi, caller.name(), "closed", new MajorIncidentEvents.Closed(mi.closedAt(), caller.name()));
        return mi;
    }

    private List<MajorIncidentEvents.TeamEntry> team(MajorIncident mi) {
        List<MajorIncidentEvents.TeamEntry> team = new ArrayList<>();
        if (mi.coordinator() != null) {
            team.add(new MajorIncidentEvents.TeamEntry(mi.coordinator().name(), null, "COORDINATOR"));
        }
        members.ofMajorIncident(mi.id()).forEach(m -> team.add(new MajorIncidentEvents.TeamEntry(m.person().name(), m.team(), m.role().name())));
        return team;
    }

    /** The highest severity (lowest number) of the linked incidents this service knows; null when none is known. */
    private Integer maxSeverity(MajorIncident mi) {
        return incidents.byIds(mi.incidentIds()).stream().map(KnownIncident::severity).min(Integer::compare).orElse(null);
    }
}
