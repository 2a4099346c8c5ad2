package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.application.SlaReportService;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reports")
public class ReportResource {

    private final SlaReportService reports;
    private final CallerFactory callers;

    ReportResource(SlaReportService reports, CallerFactory callers) {
        this.reports = reports;
        this.callers = callers;
    }

    @GET
    @Path("sla-compliance")
    @RolesAllowed(Access.REPORTS)
    @Operation(operationId = "getSlaComplianceReport",
            summary = "Per priority: response and resolution targets met and missed, and the % met, for incidents "
            + "received in [from, to); a customer sees its own organisation")
    public SlaReportService.Report slaCompliance(@QueryParam("customer") String customer, @QueryParam("from") String from,
                                                 @QueryParam("to") String to) {
        return reports.slaCompliance(customer, QueryParams.instant("from", from), QueryParams.instant("to", to), callers.caller());
    }
}
