package org.opsdesk.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.major.application.ReviewHandler;
import org.opsdesk.major.domain.ReviewReport;

@Path("/api/v1/major-incidents/{id}/review-reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Major incidents")
public class ReviewReportResource {

    private final ReviewHandler reports;

    ReviewReportResource(ReviewHandler reports) {
        this.reports = reports;
    }

    /** A distributed After Action Review report attached to the major incident (002 §V.D.3). */
    public record ReviewReportView(UUID reviewId, String reviewType, String kind, Integer version, String title, String url,
                                   Instant distributedAt) {
        static ReviewReportView of(ReviewReport r) {
            return new ReviewReportView(r.reviewId(), r.reviewType(), r.kind(), r.version(), r.title(), r.url(), r.distributedAt());
        }
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listMajorIncidentReviewReports",
            summary = "The distributed After Action Review reports attached to the major incident, latest version of each")
    public List<ReviewReportView> list(@PathParam("id") UUID id) {
        return reports.reportsOf(id).stream().map(ReviewReportView::of).toList();
    }
}
