package org.opsdesk.incident.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
public class Incident {

    @Id
    private UUID id;
    private String number;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String summary;
    private int severity;
    private Instant createdAt;
    private String createdBy;
    private UUID majorIncidentId;
    @Version
    private long version;

    protected Incident() {
    }

    public static Incident log(String number, Source source, String summary, int severity, Instant now, String by) {
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.number = number;
        incident.status = IncidentStatus.NEW;
        incident.source = source;
        incident.summary = summary;
        incident.severity = severity;
        incident.createdAt = now;
        incident.createdBy = by;
        return incident;
    }

    /** @return false when the incident was already linked to this major incident */
    public boolean linkToMajorIncident(UUID majorIncidentId) {
        if (majorIncidentId.equals(this.majorIncidentId)) {
            return false;
        }
        this.majorIncidentId = majorIncidentId;
        return true;
    }

    public UUID id() { return id; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public String number() { return number; }
    public IncidentStatus status() { return status; }
    public Source source() { return source; }
    public String summary() { return summary; }
    public int severity() { return severity; }
    public Instant createdAt() { return createdAt; }
}
