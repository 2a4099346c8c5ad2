package org.opsdesk.notification.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;

/**
 * A person or a shared mailbox that audiences name; {@code organisation} ties customer contacts to their org (CO-3).
 * The one person directory (issue 13): a person's key is their login; {@code highUrgency}/{@code lowUrgency} list the
 * channels they are told on (empty: the defaults) and {@code managerOf} the teams they manage, at which level.
 */
@Entity
public class Contact {

    @Id
    private String key;
    private String name;
    private String email;
    private String phone;
    private String organisation;
    private String role;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> highUrgency = List.of();
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> lowUrgency = List.of();
    @Convert(converter = JsonColumns.ManagedTeams.class)
    private List<ManagedTeam> managerOf = List.of();
    @Version
    private long version;

    protected Contact() {
    }

    public Contact(String key) {
        this.key = key;
    }

    public void describe(String name, String email, String phone, String organisation, String role) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.organisation = organisation;
        this.role = role;
    }

    /** How to reach the person and what they manage; channels in the order they are tried. */
    public void notifyBy(List<Channel> high, List<Channel> low, List<ManagedTeam> managerOf) {
        this.highUrgency = high.stream().map(Channel::name).toList();
        this.lowUrgency = low.stream().map(Channel::name).toList();
        this.managerOf = List.copyOf(managerOf);
    }

    /** The channels of {@code urgency}, or {@code defaults} when the person set none. */
    public List<Channel> channels(Urgency urgency, List<Channel> defaults) {
        List<String> own = urgency == Urgency.HIGH ? highUrgency : lowUrgency;
        return own.isEmpty() ? defaults : own.stream().map(Channel::valueOf).toList();
    }

    public String key() { return key; }
    public String name() { return name; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String organisation() { return organisation; }
    public String role() { return role; }
    public List<Channel> highUrgency() { return highUrgency.stream().map(Channel::valueOf).toList(); }
    public List<Channel> lowUrgency() { return lowUrgency.stream().map(Channel::valueOf).toList(); }
    public List<ManagedTeam> managerOf() { return managerOf; }
}
