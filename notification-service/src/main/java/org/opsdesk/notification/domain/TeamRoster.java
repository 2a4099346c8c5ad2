package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;

/** A team and its members' logins, as incident-service's incident.team-changed carries them. */
@Entity
public class TeamRoster {

    @Id
    private String teamId;
    private String name;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> members;
    @Version
    private long version;

    protected TeamRoster() {
    }

    /** The data of incident.team-changed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(String teamId, String name, List<String> members, String action) {
    }

    public TeamRoster(String teamId) {
        this.teamId = teamId;
    }

    public void define(Data data) {
        name = data.name() == null ? teamId : data.name();
        members = data.members() == null ? List.of() : List.copyOf(data.members());
    }

    public String teamId() { return teamId; }
    public String name() { return name; }
    public List<String> members() { return members; }
}
