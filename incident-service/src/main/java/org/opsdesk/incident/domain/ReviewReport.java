package org.opsdesk.incident.domain;

import jakarta.persistence.Entity;
import java.util.UUID;
import org.opsdesk.platform.reviews.DistributedReviewReport;

/** A distributed review report attached to the incident: the PIR of the incident or the AAR of its major incident. */
@Entity
public class ReviewReport extends DistributedReviewReport {

    private UUID incidentId;

    protected ReviewReport() {
    }

    public ReviewReport(UUID incidentId, UUID reviewId, String reviewType, String kind) {
        super(reviewId, reviewType, kind);
        this.incidentId = incidentId;
    }

    public UUID incidentId() { return incidentId; }
}
