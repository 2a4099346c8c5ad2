package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.domain.ReviewReport;

@ApplicationScoped
public class ReviewReportRepository implements PanacheRepositoryBase<ReviewReport, UUID> {

    public List<ReviewReport> ofMajorIncident(UUID majorIncidentId) {
        return list("majorIncidentId", Sort.by("distributedAt").and("id"), majorIncidentId);
    }

    /** The report of this kind of this review on the major incident, created on first distribution. */
    public ReviewReport attachedTo(UUID majorIncidentId, UUID reviewId, String reviewType, String kind) {
        return find("majorIncidentId = ?1 and reviewId = ?2 and kind = ?3", majorIncidentId, reviewId, kind)
                .firstResultOptional().orElseGet(() -> {
                    ReviewReport report = new ReviewReport(majorIncidentId, reviewId, reviewType, kind);
                    persist(report);
                    return report;
                });
    }
}
