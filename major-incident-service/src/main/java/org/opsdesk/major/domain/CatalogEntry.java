package org.opsdesk.major.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** This service's copy of one service of incident-service's catalog, kept from incident.service-changed (MI-3). */
@Entity
@Table(name = "catalog_service")
public class CatalogEntry {

    @Id
    private String serviceId;
    private String name;
    private String owningTeam;
    private boolean significant;
    private boolean active;
    private Instant updatedAt;

    protected CatalogEntry() {
    }

    /** The service as incident-service announced it; {@code owningTeam} is a team id or null. */
    public record Facts(String serviceId, String name, String owningTeam, boolean significant, boolean active) {
    }

    public static CatalogEntry of(Facts facts, Instant now) {
        CatalogEntry entry = new CatalogEntry();
        entry.serviceId = facts.serviceId();
        entry.update(facts, now);
        return entry;
    }

    public void update(Facts facts, Instant now) {
        name = facts.name();
        owningTeam = facts.owningTeam();
        significant = facts.significant();
        active = facts.active();
        updatedAt = now;
    }

    public String serviceId() { return serviceId; }
    public String name() { return name; }
    public String owningTeam() { return owningTeam; }
    public boolean significant() { return significant; }
    public boolean active() { return active; }
}
