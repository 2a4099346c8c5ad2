package org.opsdesk.review.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.review.application.ReportService;
import org.opsdesk.review.domain.DeliverableKind;

/** The report of a review, as Markdown or HTML by content negotiation, ready to attach to the ticket (RV-3). */
@Path("/api/v1/reviews/{id}/report")
@Authenticated
@Tag(name = "Reviews")
public class ReportResource {

    static final String MARKDOWN = "text/markdown;charset=UTF-8";
    static final String HTML = "text/html;charset=UTF-8";

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces(MARKDOWN)
    @RolesAllowed(ReviewRoles.READERS)
    @Operation(summary = "The report as Markdown; kind=PRELIMINARY|FINAL gives that deliverable (as submitted, once it is)")
    public Response markdown(@PathParam("id") UUID id, @QueryParam("kind") String kind) {
        return Response.ok(reports.markdown(id, kind(kind)), MARKDOWN)
                .header("Content-Disposition", "inline; filename=\"" + fileName(id, kind) + ".md\"").build();
    }

    @GET
    @Produces(HTML)
    @RolesAllowed(ReviewRoles.READERS)
    @Operation(summary = "The report as an HTML document")
    public Response html(@PathParam("id") UUID id, @QueryParam("kind") String kind) {
        String markdown = reports.markdown(id, kind(kind));
        String title = markdown.lines().findFirst().orElse("Review report").replaceFirst("^# ", "");
        return Response.ok(reports.html(markdown, title), HTML)
                .header("Content-Disposition", "inline; filename=\"" + fileName(id, kind) + ".html\"").build();
    }

    private static DeliverableKind kind(String kind) {
        return Params.optional("kind", kind, DeliverableKind::parse, "PRELIMINARY, FINAL");
    }

    private static String fileName(UUID id, String kind) {
        return "review-" + id + (kind == null || kind.isBlank() ? "" : "-" + kind.trim().toLowerCase());
    }
}
