package org.opsdesk.major.domain;

import jakarta.persistence.Entity;
import java.util.UUID;
import org.opsdesk.platform.reviews.DistributedReviewReport;

/** A distributed review report attached to the major incident: its AAR. */
@Entity
public class ReviewReport extends DistributedReviewReport {

    private UUID majorIncidentId;

    protected ReviewReport() {
    }

    public ReviewReport(UUID majorIncidentId, UUID reviewId, String reviewType, String kind) {
        super(reviewId, reviewType, kind);
        this.majorIncidentId = majorIncidentId;
    }

    public UUID majorIncidentId() { return majorIncidentId; }
}
