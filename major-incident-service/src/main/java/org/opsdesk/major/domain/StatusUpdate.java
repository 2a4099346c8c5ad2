package org.opsdesk.major.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One public status update with the six items of 002 §V.B.5 (CO-2). */
@Entity
public class StatusUpdate {

    @Id
    private UUID id;
    private UUID majorIncidentId;
    private String nature;
    private String impact;
    private String remediationMetric;
    private String remediationSteps;
    private Instant estimatedRemediationAt;
    private Instant nextUpdateAt;
    private Instant publishedAt;
    private String publishedBy;

    protected StatusUpdate() {
    }

    /** The six items, in the order of 002 §V.B.5. */
    public record Items(String nature, String impact, String remediationMetric, String remediationSteps,
                        Instant estimatedRemediationAt, Instant nextUpdateAt) {
    }

    public static StatusUpdate publish(UUID majorIncidentId, Items items, Instant now, String by) {
        StatusUpdate update = new StatusUpdate();
        update.id = UUID.randomUUID();
        update.majorIncidentId = majorIncidentId;
        update.nature = items.nature();
        update.impact = items.impact();
        update.remediationMetric = items.remediationMetric();
        update.remediationSteps = items.remediationSteps();
        update.estimatedRemediationAt = items.estimatedRemediationAt();
        update.nextUpdateAt = items.nextUpdateAt();
        update.publishedAt = now;
        update.publishedBy = by;
        return update;
    }

    public UUID id() { return id; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public String nature() { return nature; }
    public String impact() { return impact; }
    public String remediationMetric() { return remediationMetric; }
    public String remediationSteps() { return remediationSteps; }
    public Instant estimatedRemediationAt() { return estimatedRemediationAt; }
    public Instant nextUpdateAt() { return nextUpdateAt; }
    public Instant publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }
}
