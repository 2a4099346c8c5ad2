package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.domain.ReviewReport;

@ApplicationScoped
public class ReviewReportRepository implements PanacheRepositoryBase<ReviewReport, UUID> {

    public List<ReviewReport> ofIncident(UUID incidentId) {
        return list("incidentId", Sort.by("distributedAt").and("id"), incidentId);
    }

    /** The report of this kind of this review on the incident, created on first distribution. */
    public ReviewReport attachedTo(UUID incidentId, UUID reviewId, String reviewType, String kind) {
        return find("incidentId = ?1 and reviewId = ?2 and kind = ?3", incidentId, reviewId, kind).firstResultOptional()
                .orElseGet(() -> {
                    ReviewReport report = new ReviewReport(incidentId, reviewId, reviewType, kind);
                    persist(report);
                    return report;
                });
    }
}
