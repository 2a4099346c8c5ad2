package org.opsdesk.incident.domain.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opsdesk.incident.domain.Contact;
import org.opsdesk.platform.errors.InvalidFieldException;

/**
 * A team or escalation queue (IN-7, IN-8): its tier, the next tier it escalates to (functional path), its
 * management chain (hierarchical path, the team's manager first) and the people who may acknowledge its cases.
 */
@Entity
public class Team {

    @Id
    private String id;
    private String name;
    private int tier;
    private String email;
    private String escalatesTo;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "member")
    private Set<String> members = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_manager", joinColumns = @JoinColumn(name = "team_id"))
    @OrderColumn(name = "position")
    private List<Contact> managers = new ArrayList<>();
    @Version
    private long version;

    protected Team() {
    }

    public Team(String id) {
        this.id = id;
    }

    public void define(String name, int tier, String email, String escalatesTo, Set<String> members, List<Contact> managers) {
        if (id.equals(escalatesTo)) {
            throw new InvalidFieldException("escalatesTo", "a team cannot escalate to itself");
        }
        this.name = name;
        this.tier = tier;
        this.email = email;
        this.escalatesTo = escalatesTo;
        this.members.clear();
        this.members.addAll(members);
        this.managers.clear();
        this.managers.addAll(managers);
    }

    /** A team that lists its members accepts acknowledgements only from them; one without a list from anyone entitled. */
    public boolean hasMember(String person) {
        return members.isEmpty() || members.contains(person);
    }

    /** One of the team's managers, by the name or email the caller's token carries. */
    public boolean isManagedBy(String person) {
        return managers.stream().anyMatch(m -> person.equalsIgnoreCase(m.name()) || person.equalsIgnoreCase(m.email()));
    }

    /** The manager at {@code level} (1 = the team's manager) of the management chain; the top once the chain ends. */
    public Optional<Contact> managerAt(int level) {
        if (managers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(managers.get(Math.min(Math.max(level, 1), managers.size()) - 1));
    }

    public String id() { return id; }
    public String name() { return name; }
    public int tier() { return tier; }
    public String email() { return email; }
    public Optional<String> escalatesTo() { return Optional.ofNullable(escalatesTo); }
    public Set<String> members() { return Set.copyOf(members); }
    public List<Contact> managers() { return List.copyOf(managers); }
}
