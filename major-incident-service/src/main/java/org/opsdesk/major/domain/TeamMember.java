package org.opsdesk.major.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.platform.errors.ConflictException;

/** A member of a major incident's team, from one of the organisation's teams (MI-3). */
@Entity
public class TeamMember {

    @Id
    private UUID id;
    private UUID majorIncidentId;
    private String name;
    private String email;
    private String phone;
    private String username;
    private String team;
    @Enumerated(EnumType.STRING)
    private MemberRole role;
    private Instant addedAt;
    private String addedBy;
    private Instant removedAt;
    private String removedBy;
    private String removalReason;

    protected TeamMember() {
    }

    public static TeamMember add(UUID majorIncidentId, Person person, String team, MemberRole role, Instant now, String by) {
        TeamMember member = new TeamMember();
        member.id = UUID.randomUUID();
        member.majorIncidentId = majorIncidentId;
        member.name = person.name();
        member.email = person.email();
        member.phone = person.phone();
        member.username = person.username();
        member.team = team;
        member.role = role;
        member.addedAt = now;
        member.addedBy = by;
        return member;
    }

    /** The member leaves the team; the row stays, so the team's history shows who served and why they left. */
    public void remove(String reason, Instant now, String by) {
        if (removedAt != null) {
            throw new ConflictException(name + " was already removed at " + removedAt + " by " + removedBy);
        }
        removedAt = now;
        removedBy = by;
        removalReason = reason;
    }

    public Person person() {
        return new Person(name, email, phone, username);
    }

    public boolean isSamePersonInSameTeamAs(Person other, String otherTeam) {
        return TeamCoverage.sameTeam(team, otherTeam) && (person().isCalled(other.username()) || person().isCalled(other.email())
                || person().isCalled(other.name()));
    }

    public UUID id() { return id; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public String team() { return team; }
    public MemberRole role() { return role; }
    public Instant addedAt() { return addedAt; }
    public String addedBy() { return addedBy; }
    public Instant removedAt() { return removedAt; }
    public String removedBy() { return removedBy; }
    public String removalReason() { return removalReason; }
}
