package org.opsdesk.incident.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A distributed review report attached to the incident (002 §V.D.3: "the report is also attached to the service
 * ticket(s)"): the PIR of the incident or the AAR of its major incident, one row per report kind, at its latest version.
 */
@Entity
public class ReviewReport {

    @Id
    private UUID id;
    private UUID incidentId;
    private UUID reviewId;
    private String reviewType;
    private String kind;
    private Integer version;
    private String title;
    private String url;
    private Instant distributedAt;

    protected ReviewReport() {
    }

    public ReviewReport(UUID incidentId, UUID reviewId, String reviewType, String kind) {
        this.id = UUID.randomUUID();
        this.incidentId = incidentId;
        this.reviewId = reviewId;
        this.reviewType = reviewType;
        this.kind = kind;
    }

    /** @return whether this distribution is newer than the one recorded (a redelivered or older one changes nothing) */
    public boolean distributed(Integer newVersion, String newTitle, String newUrl, Instant at) {
        if (distributedAt != null && (at == null || !at.isAfter(distributedAt))) {
            return false;
        }
        version = newVersion;
        title = newTitle;
        url = newUrl;
        distributedAt = at;
        return true;
    }

    public UUID id() { return id; }
    public UUID incidentId() { return incidentId; }
    public UUID reviewId() { return reviewId; }
    public String reviewType() { return reviewType; }
    public String kind() { return kind; }
    public Integer version() { return version; }
    public String title() { return title; }
    public String url() { return url; }
    public Instant distributedAt() { return distributedAt; }
}
