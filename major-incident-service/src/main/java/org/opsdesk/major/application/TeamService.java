package org.opsdesk.major.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.opsdesk.major.config.MajorIncidentConfig;
import org.opsdesk.major.domain.Command;
import org.opsdesk.major.domain.KnownIncident;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.domain.MemberRole;
import org.opsdesk.major.domain.Person;
import org.opsdesk.major.domain.TeamCoverage;
import org.opsdesk.major.domain.TeamMember;
import org.opsdesk.major.persistence.CatalogRepository;
import org.opsdesk.major.persistence.KnownIncidentRepository;
import org.opsdesk.major.persistence.MajorIncidentRepository;
import org.opsdesk.major.persistence.TeamMemberRepository;
import org.opsdesk.platform.errors.ConflictException;

/** The major incident team and whether it covers every team it must (MI-3). */
@ApplicationScoped
public class TeamService {

    private final MajorIncidentRepository majorIncidents;
    private final TeamMemberRepository members;
    private final KnownIncidentRepository incidents;
    private final CatalogRepository catalog;
    private final Journal journal;
    private final MajorIncidentConfig config;
    private final Clock clock;

    TeamService(MajorIncidentRepository majorIncidents, TeamMemberRepository members, KnownIncidentRepository incidents,
                CatalogRepository catalog, Journal journal, MajorIncidentConfig config, Clock clock) {
        this.catalog = catalog;
        this.majorIncidents = majorIncidents;
        this.members = members;
        this.incidents = incidents;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
    }

    /** The members, the coordinator and the coverage of the required teams. */
    public record Team(MajorIncident majorIncident, List<TeamMember> members, TeamCoverage coverage) {
    }

    public Team team(UUID id) {
        MajorIncident mi = majorIncidents.require(id);
        List<TeamMember> team = members.ofMajorIncident(id);
        List<String> incidentTeams = incidents.byIds(mi.incidentIds()).stream().map(KnownIncident::assignedTeam)
                .filter(Objects::nonNull).distinct().toList();
        TeamCoverage coverage = TeamCoverage.of(config.team().mandatoryTeams(), catalog.ownersOf(mi.serviceIds()),
                mi.serviceIds(), incidentTeams, team, mi.coordinator() != null);
        return new Team(mi, team, coverage);
    }

    @Transactional
    public TeamMember add(UUID id, Person person, String team, MemberRole role, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        mi.perform(Command.ADD_MEMBER);
        if (members.ofMajorIncident(id).stream().anyMatch(m -> m.isSamePersonInSameTeamAs(person, team))) {
            throw new ConflictException(person.name() + " is already a member of " + mi.number() + " for " + team);
        }
        TeamMember member = TeamMember.add(id, person, team, role, clock.instant(), caller.name());
        members.persist(member);
        journal.announce(mi, caller.name(), person.name() + " joined for " + team + " as " + role,
                new MajorIncidentEvents.MemberAdded(MajorIncidentEvents.Member.of(member)));
        return member;
    }

    /** A member leaves the team with a reason (MI-3); the timeline and the event say who removed them and why. */
    @Transactional
    public TeamMember remove(UUID id, UUID memberId, String reason, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        TeamMember member = members.require(id, memberId);
        mi.perform(Command.REMOVE_MEMBER);
        member.remove(reason, clock.instant(), caller.name());
        journal.announce(mi, caller.name(), member.person().name() + " left the team (" + member.team()
                + ", " + member.role() + "): " + reason, new MajorIncidentEvents.MemberRemoved(MajorIncidentEvents.Member.of(member), reason, caller.name()));
        return member;
    }

    boolean isCommunicationsCoordinator(UUID id, String principal) {
        return members.ofMajorIncident(id).stream()
                .anyMatch(m -> m.role() == MemberRole.COMMUNICATIONS_COORDINATOR && m.person().isCalled(principal));
    }
}
