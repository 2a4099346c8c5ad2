package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opsdesk.notification.domain.Audience;
import org.opsdesk.notification.domain.Contact;
import org.opsdesk.notification.domain.NoticeRule;
import org.opsdesk.notification.domain.NoticeRule.Party;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.TeamRoster;
import org.opsdesk.notification.persistence.AudienceRepository;
import org.opsdesk.notification.persistence.ContactRepository;
import org.opsdesk.notification.persistence.DutyShiftRepository;
import org.opsdesk.notification.persistence.TeamRosterRepository;

/**
 * Resolves a route's rules to people of the one directory (contacts keyed by login): logins the events name, team
 * members (incident.team-changed), the managers of a team's level (004 §3.5), audience members, the holders of a duty
 * role on duty now (the roster's shifts), and people named by address, matched by email. Whoever the directory does
 * not know comes back without a contact, to be reported.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NoticeRecipients {

    private final ContactRepository contacts;
    private final TeamRosterRepository teams;
    private final AudienceRepository audiences;
    private final DutyShiftRepository shifts;
    private final Clock clock;

    NoticeRecipients(ContactRepository contacts, TeamRosterRepository teams, AudienceRepository audiences,
                     DutyShiftRepository shifts, Clock clock) {
        this.contacts = contacts;
        this.teams = teams;
        this.audiences = audiences;
        this.shifts = shifts;
        this.clock = clock;
    }

    /** Someone an event names: by login, or by name and address (a person of another service's record). */
    public record Addressee(String login, Person person) {
        public static Addressee login(String login) {
            return new Addressee(login, null);
        }

        public static Addressee of(Person person) {
            return new Addressee(null, person);
        }
    }

    /**
     * The parties one event names, by rule; {@code team} and {@code level} answer TEAM and MANAGERS (level 0 or less:
     * the first). A party the event does not name resolves to nobody.
     */
    public record Parties(Map<Party, List<Addressee>> named, String team, int level) {
        public static Parties of(String team, int level) {
            return new Parties(new EnumMap<>(Party.class), team, level);
        }

        public Parties with(Party party, String login) {
            return login == null || login.isBlank() ? this : with(party, Addressee.login(login));
        }

        public Parties with(Party party, Person person) {
            return person == null || (person.email() == null && person.name() == null) ? this : with(party, Addressee.of(person));
        }

        public Parties withAll(Party party, List<Person> people) {
            Parties parties = this;
            for (Person person : people == null ? List.<Person>of() : people) {
                parties = parties.with(party, person);
            }
            return parties;
        }

        private Parties with(Party party, Addressee addressee) {
            named.put(party, Stream.concat(named.getOrDefault(party, List.of()).stream(), Stream.of(addressee)).toList());
            return this;
        }
    }

    /** A person to tell: {@code key} is the login (or the address or name of someone unknown). */
    public record Resolved(String key, String name, Contact contact, Person address) {
        static Resolved of(Contact c) {
            return new Resolved(c.key(), c.name(), c, new Person(c.name(), c.email(), c.phone(), c.role(), null));
        }
    }

    public List<Resolved> resolve(NoticeRule rule, Parties parties) {
        return switch (rule.party()) {
            case AUDIENCE -> audiences.findByIdOptional(rule.argument()).map(Audience::members).orElse(List.of()).stream()
                    .map(this::byLogin).toList();
            case ON_DUTY -> shifts.onDuty(rule.argument(), clock.instant()).stream()
                    .map(shift -> shift.username() != null ? byLogin(shift.username()) : byAddress(shift.person())).toList();
            case TEAM -> teamMembers(parties.team());
            case ASSIGNEE_ELSE_TEAM -> parties.named().containsKey(Party.ASSIGNEE)
                    ? resolve(new NoticeRule(Party.ASSIGNEE, null), parties) : teamMembers(parties.team());
            case MANAGERS -> parties.team() == null ? List.of() : Stream.concat(
                    contacts.managersOf(parties.team(), Math.max(1, parties.level())).stream().map(Resolved::of),
                    named(Party.MANAGERS, parties)).toList();
            default -> named(rule.party(), parties).toList();
        };
    }

    private Stream<Resolved> named(Party party, Parties parties) {
        return parties.named().getOrDefault(party, List.of()).stream()
                .map(a -> a.login() != null ? byLogin(a.login()) : byAddress(a.person()));
    }

    private List<Resolved> teamMembers(String team) {
        return team == null ? List.of() : teams.findByIdOptional(team).map(TeamRoster::members).orElse(List.of()).stream()
                .map(this::byLogin).toList();
    }

    private Resolved byLogin(String login) {
        return contacts.findByIdOptional(login).map(Resolved::of).orElse(new Resolved(login, login, null, new Person(login, null, null, null, null)));
    }

    private Resolved byAddress(Person person) {
        Contact known = person.hasEmail() ? contacts.byEmail(person.email()).orElse(null) : null;
        if (known != null) {
            return Resolved.of(known);
        }
        String key = person.hasEmail() ? person.email().toLowerCase(java.util.Locale.ROOT) : person.name();
        return new Resolved(key, person.name(), null, person);
    }
}
