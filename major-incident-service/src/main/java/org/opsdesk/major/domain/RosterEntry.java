package org.opsdesk.major.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Who holds a duty role (ITOCC Manager, Duty Manager, CIO, …) over a time range (MI-2). */
@Entity
public class RosterEntry {

    @Id
    private UUID id;
    private String dutyRole;
    private String name;
    private String email;
    private String phone;
    private String username;
    private Instant startsAt;
    private Instant endsAt;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected RosterEntry() {
    }

    public static RosterEntry create(String dutyRole, Person person, Instant startsAt, Instant endsAt, Instant now, String by) {
        RosterEntry entry = new RosterEntry();
        entry.id = UUID.randomUUID();
        entry.createdAt = now;
        entry.createdBy = by;
        entry.change(dutyRole, person, startsAt, endsAt);
        return entry;
    }

    public void change(String role, Person person, Instant from, Instant to) {
        dutyRole = role;
        name = person.name();
        email = person.email();
        phone = person.phone();
        username = person.username();
        startsAt = from;
        endsAt = to;
    }

    public boolean isOnDutyAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public Person person() {
        return new Person(name, email, phone, username);
    }

    public UUID id() { return id; }
    public String dutyRole() { return dutyRole; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
