package org.opsdesk.review.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.platform.time.BusinessCalendar;
import org.opsdesk.review.application.MetricsService;
import org.opsdesk.review.domain.ServiceMetrics;

/** Compliance reporting (RV-6). */
@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Metrics")
public class MetricsResource {

    private final MetricsService metrics;
    private final BusinessCalendar calendar;

    MetricsResource(MetricsService metrics, BusinessCalendar calendar) {
        this.metrics = metrics;
        this.calendar = calendar;
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "getReviewMetrics",
            summary = "MTTA, MTTR, SLA compliance, major incidents, review timeliness and action items of a period"
            + " (from inclusive, to exclusive; ISO instants or dates; default the last 30 days)")
    public ServiceMetrics metrics(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("service") String service, @QueryParam("priority") String priority) {
        return metrics.of(Params.instant("from", from, calendar.zone()), Params.instant("to", to, calendar.zone()),
                service, priority);
    }
}
