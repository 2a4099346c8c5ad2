package org.opsdesk.review.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.review.application.ReportService;
import org.opsdesk.review.domain.DeliverableKind;

/** The report of a review, as Markdown or HTML by content negotiation, ready to attach to the ticket (RV-3). */
@Path("/api/v1/reviews/{id}/report")
@Authenticated
@Tag(name = "Reviews")
public class ReportResource {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", "UTF-8");
    private static final MediaType HTML = new MediaType("text", "html", "UTF-8");

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces({"text/markdown", "text/html"})
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "getReviewReport",
            summary = "The report as Markdown (default) or HTML, by the Accept header; kind=PRELIMINARY|FINAL gives that"
            + " deliverable, as submitted once it is")
    @APIResponse(responseCode = "200", description = "The report, by the Accept header",
            content = {@Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "406", description = "Accept names neither text/markdown nor text/html")
    public Response report(@PathParam("id") UUID id, @QueryParam("kind") String kind, @Context HttpHeaders headers) {
        MediaType type = negotiate(headers.getAcceptableMediaTypes());
        DeliverableKind deliverable = Params.optional("kind", kind, DeliverableKind::parse, "PRELIMINARY, FINAL");
        String markdown = reports.markdown(id, deliverable);
        String name = "review-" + id + (deliverable == null ? "" : "-" + deliverable.name().toLowerCase());
        if (type == HTML) {
            String title = markdown.lines().findFirst().orElse("Review report").replaceFirst("^# ", "");
            return Response.ok(reports.html(markdown, title), HTML)
                    .header("Content-Disposition", "inline; filename=\"" + name + ".html\"").build();
        }
        return Response.ok(markdown, MARKDOWN).header("Content-Disposition", "inline; filename=\"" + name + ".md\"").build();
    }

    /** The first acceptable type (the list is ordered by preference) that is Markdown or HTML; 406 otherwise. */
    private static MediaType negotiate(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            if (accepted.isCompatible(MARKDOWN)) {
                return MARKDOWN;
            }
            if (accepted.isCompatible(HTML)) {
                return HTML;
            }
        }
        throw new NotAcceptableException();
    }
}
