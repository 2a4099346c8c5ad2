package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.ReviewReport;
import org.opsdesk.incident.persistence.IncidentRepository;
import org.opsdesk.incident.persistence.ReviewReportRepository;
import org.opsdesk.platform.reviews.DistributedReviewReport.Distribution;

/**
 * What a distributed review means for the incidents (002 §V.D.3): the report is attached to the ticket(s), the PIR to
 * its incident and the AAR to every incident of its major incident. Runs inside the consumer's inbox transaction;
 * incidents this service does not know are ignored.
 */
@ApplicationScoped
public class ReviewHandler {

    private final IncidentRepository incidents;
    private final ReviewReportRepository reports;

    ReviewHandler(IncidentRepository incidents, ReviewReportRepository reports) {
        this.incidents = incidents;
        this.reports = reports;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void distributed(Distribution report) {
        Set<UUID> targets = new LinkedHashSet<>();
        if (report.incidentId() != null) {
            incidents.findByIdOptional(report.incidentId()).ifPresent(incident -> targets.add(incident.id()));
        }
        if (report.majorIncidentId() != null) {
            incidents.ofMajorIncident(report.majorIncidentId()).stream().map(Incident::id).forEach(targets::add);
        }
        for (UUID incidentId : targets) {
            reports.attachedTo(incidentId, report.reviewId(), report.type(), report.kind()).distributed(report);
        }
    }

    public List<ReviewReport> reportsOf(UUID incidentId) {
        return reports.ofIncident(incidentId);
    }
}
