package org.opsdesk.incident.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.platform.errors.InvalidFieldException;

/** "{@code incidentId} is {@code type} {@code targetId}", e.g. a DUPLICATE_OF the first case (IN-6, IN-14). */
@Entity
public class IncidentLink {

    @Id
    private UUID id;
    private UUID incidentId;
    private UUID targetId;
    @Enumerated(EnumType.STRING)
    private LinkType type;
    private Instant at;
    private String createdBy;

    protected IncidentLink() {
    }

    public IncidentLink(UUID incidentId, UUID targetId, LinkType type, Instant at, String createdBy) {
        if (incidentId.equals(targetId)) {
            throw new InvalidFieldException("targetId", "an incident cannot be linked to itself");
        }
        this.id = UUID.randomUUID();
        this.incidentId = incidentId;
        this.targetId = targetId;
        this.type = type;
        this.at = at;
        this.createdBy = createdBy;
    }

    public UUID id() { return id; }
    public UUID incidentId() { return incidentId; }
    public UUID targetId() { return targetId; }
    public LinkType type() { return type; }
    public Instant at() { return at; }
    public String createdBy() { return createdBy; }
}
