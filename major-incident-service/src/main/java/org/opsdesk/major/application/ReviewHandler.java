package org.opsdesk.major.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.domain.ReviewReport;
import org.opsdesk.major.persistence.MajorIncidentRepository;
import org.opsdesk.major.persistence.ReviewReportRepository;
import org.opsdesk.platform.reviews.DistributedReviewReport.Distribution;

/**
 * The distributed After Action Review reports of a major incident, attached to it (002 §V.D.3) with a timeline entry.
 * Major incidents this service does not know are ignored.
 */
@ApplicationScoped
public class ReviewHandler {

    private final MajorIncidentRepository majorIncidents;
    private final ReviewReportRepository reports;
    private final Journal journal;

    ReviewHandler(MajorIncidentRepository majorIncidents, ReviewReportRepository reports, Journal journal) {
        this.majorIncidents = majorIncidents;
        this.reports = reports;
        this.journal = journal;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void distributed(Distribution report) {
        if (report.majorIncidentId() == null) {
            return;
        }
        majorIncidents.findByIdOptional(report.majorIncidentId()).ifPresent(mi -> {
            boolean newer = reports.attachedTo(mi.id(), report.reviewId(), report.type(), report.kind()).distributed(report);
            if (newer) {
                journal.note(mi, "review-report-distributed", "review-service", report.type() + " "
                        + report.kind().toLowerCase() + " report, version " + report.version() + ", distributed: " + report.reportUrl());
            }
        });
    }

    public List<ReviewReport> reportsOf(UUID majorIncidentId) {
        majorIncidents.require(majorIncidentId);
        return reports.ofMajorIncident(majorIncidentId);
    }
}
