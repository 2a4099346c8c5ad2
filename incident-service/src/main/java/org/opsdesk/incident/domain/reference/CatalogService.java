package org.opsdesk.incident.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A service of the catalog: the team that owns it and whether it is significant (a major-incident candidate). */
@Entity
public class CatalogService {

    @Id
    private String id;
    private String name;
    private String owningTeam;
    private boolean significant;
    private boolean active;
    @Version
    private long version;

    protected CatalogService() {
    }

    public CatalogService(String id) {
        this.id = id;
    }

    public void define(String name, String owningTeam, boolean significant, boolean active) {
        this.name = name;
        this.owningTeam = owningTeam;
        this.significant = significant;
        this.active = active;
    }

    public String id() { return id; }
    public String name() { return name; }
    public String owningTeam() { return owningTeam; }
    public boolean significant() { return significant; }
    public boolean active() { return active; }
}
