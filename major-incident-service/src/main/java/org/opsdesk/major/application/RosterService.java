package org.opsdesk.major.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.major.config.MajorIncidentConfig;
import org.opsdesk.major.domain.CoordinatorChain;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.domain.MajorIncidentType;
import org.opsdesk.major.domain.Person;
import org.opsdesk.major.domain.RosterEntry;
import org.opsdesk.major.persistence.RosterRepository;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.events.Outbox;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** The on-duty roster (MI-2): who holds each duty role when, and who is on duty now. */
@ApplicationScoped
public class RosterService {

    private static final String KIND = "roster-shift";

    private final RosterRepository roster;
    private final MajorIncidentConfig config;
    private final ChangeLog changeLog;
    private final Outbox outbox;
    private final Clock clock;

    RosterService(RosterRepository roster, MajorIncidentConfig config, ChangeLog changeLog, Outbox outbox, Clock clock) {
        this.roster = roster;
        this.config = config;
        this.changeLog = changeLog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One shift of one duty role. */
    public record Shift(String dutyRole, Person person, Instant startsAt, Instant endsAt) {
    }

    /** A shift as the change log shows it. */
    private record Fields(String dutyRole, String name, String email, String phone, String username, Instant startsAt,
                          Instant endsAt) {
        static Fields of(RosterEntry e) {
            Person p = e.person();
            return new Fields(e.dutyRole(), p.name(), p.email(), p.phone(), p.username(), e.startsAt(), e.endsAt());
        }
    }

    @Transactional
    public RosterEntry add(Shift shift, String by) {
        check(shift);
        RosterEntry entry = RosterEntry.create(shift.dutyRole(), shift.person(), shift.startsAt(), shift.endsAt(), clock.instant(), by);
        roster.persist(entry);
        changeLog.saved(KIND, entry.id().toString(), null, Fields.of(entry));
        announce(MajorIncidentEvents.DUTY_SHIFT_SAVED, entry);
        return entry;
    }

    @Transactional
    public RosterEntry change(UUID id, Shift shift) {
        check(shift);
        RosterEntry entry = get(id);
        Fields before = Fields.of(entry);
        entry.change(shift.dutyRole(), shift.person(), shift.startsAt(), shift.endsAt());
        changeLog.saved(KIND, id.toString(), before, Fields.of(entry));
        announce(MajorIncidentEvents.DUTY_SHIFT_SAVED, entry);
        return entry;
    }

    @Transactional
    public void remove(UUID id) {
        RosterEntry entry = get(id);
        roster.delete(entry);
        changeLog.deleted(KIND, id.toString(), Fields.of(entry));
        announce(MajorIncidentEvents.DUTY_SHIFT_REMOVED, entry);
    }

    /** Shift changes are events, so notification-service knows who is on duty at any moment (002 §V.B.5). */
    private void announce(String type, RosterEntry entry) {
        outbox.append(entry.id().toString(), type, MajorIncidentEvents.DutyShift.of(entry, config.roster().dutyManagerRole()));
    }

    public RosterEntry get(UUID id) {
        return roster.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("roster entry", id));
    }

    public Page<RosterEntry> list(String role, Instant at, PageRequest page) {
        return roster.list(role, at, page);
    }

    public Optional<Person> onDuty(String role, Instant at) {
        return roster.onDuty(role, at).map(RosterEntry::person);
    }

    /** Whether the caller is on duty now in any of {@code roles}, recognised by login name or email. */
    public boolean isOnDutyAs(Collection<String> roles, Caller caller, Instant at) {
        return roster.holders(roles, at).stream().anyMatch(entry -> caller.is(entry.person()::isCalled));
    }

    public Optional<Person> dutyManagerAt(Instant at) {
        return onDuty(config.roster().dutyManagerRole(), at);
    }

    public Optional<Person> cioAt(Instant at) {
        return onDuty(config.roster().cioRole(), at);
    }

    public CoordinatorChain chainFor(MajorIncidentType type) {
        return new CoordinatorChain(type == MajorIncidentType.CYBERSECURITY
                ? config.coordinator().cybersecurityChain() : config.coordinator().fallbackChain());
    }

    public Optional<CoordinatorChain.Assignment> coordinatorFor(MajorIncidentType type, Instant at) {
        return chainFor(type).firstOnDuty(role -> onDuty(role, at));
    }

    private void check(Shift shift) {
        if (!config.roster().dutyRoles().contains(shift.dutyRole())) {
            throw new InvalidFieldException("dutyRole", "must be one of " + String.join(", ", config.roster().dutyRoles()));
        }
        if (!shift.startsAt().isBefore(shift.endsAt())) {
            throw new InvalidFieldException("endsAt", "must be after startsAt");
        }
    }
}
