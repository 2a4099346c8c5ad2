package org.opsdesk.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.major.application.ChangeService;
import org.opsdesk.major.domain.ChangeRecord;
import org.opsdesk.major.domain.ChangeType;
import org.opsdesk.major.domain.LinkedTicket;
import org.opsdesk.major.domain.TicketKind;

/** Recent changes to review (MI-5), emergency changes of the remediation and linked tickets (MI-7). */
@Path("/api/v1/major-incidents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Changes", description = "Change correlation, remediation changes and linked tickets (MI-5, MI-7)")
public class RemediationResource {

    private final ChangeService changes;
    private final Callers callers;

    RemediationResource(ChangeService changes, Callers callers) {
        this.changes = changes;
        this.callers = callers;
    }

    /** A remediation change: always an EMERGENCY change (002 §V.C.4). */
    public record RecordChange(@NotBlank @Size(max = 100) String externalId,
                               @NotEmpty List<@NotBlank @Size(max = 100) String> serviceIds,
                               @NotBlank @Size(max = 1000) String summary, @NotNull Instant implementedAt,
                               @Size(max = 500) String link) {
    }

    public record LinkTicket(@NotNull TicketKind kind, @NotBlank @Size(max = 100) String reference,
                             @Size(max = 1000) String summary, @Size(max = 500) String link) {
    }

    public record TicketView(UUID id,
                             @Schema(implementation = TicketKind.class) String kind, String reference, String summary,
                             String link, Instant linkedAt,
                             String linkedBy) {
        static TicketView of(LinkedTicket t) {
            return new TicketView(t.id(), t.kind().name(), t.reference(), t.summary(), t.link(), t.linkedAt(), t.linkedBy());
        }
    }

    @GET
    @Path("recent-changes")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listRecentChanges",
            summary = "Changes on the affected services in the look-back before the start, newest first")
    public List<ChangeView> recentChanges(@PathParam("id") UUID id) {
        return changes.recentChanges(id).stream().map(ChangeView::of).toList();
    }

    @GET
    @Path("changes")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listRemediationChanges", summary = "The emergency changes made to remediate, newest first")
    public List<ChangeView> remediationChanges(@PathParam("id") UUID id) {
        return changes.remediationChanges(id).stream().map(ChangeView::of).toList();
    }

    @POST
    @Path("changes")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "recordRemediationChange", summary = "Record an emergency change made to remediate")
    @APIResponse(responseCode = "201", description = "Remediation change created",
            content = @Content(schema = @Schema(implementation = ChangeView.class)))
    public Response recordChange(@PathParam("id") UUID id, @Valid @NotNull RecordChange request) {
        ChangeRecord change = changes.recordRemediation(id, new ChangeRecord.Details(request.externalId(), request.serviceIds(),
                request.summary(), ChangeType.EMERGENCY, request.implementedAt(), request.link()), callers.current());
        return Response.status(Response.Status.CREATED).entity(ChangeView.of(change)).build();
    }

    @GET
    @Path("tickets")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listRemediationTickets")
    public List<TicketView> tickets(@PathParam("id") UUID id) {
        return changes.tickets(id).stream().map(TicketView::of).toList();
    }

    @POST
    @Path("tickets")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "linkRemediationTicket",
            summary = "Link the major incident's service ticket or a follow-up ticket")
    @APIResponse(responseCode = "201", description = "Ticket link created",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    public Response linkTicket(@PathParam("id") UUID id, @Valid @NotNull LinkTicket request) {
        LinkedTicket ticket = changes.linkTicket(id, request.kind(), request.reference(), request.summary(), request.link(),
                callers.current());
        return Response.status(Response.Status.CREATED).entity(TicketView.of(ticket)).build();
    }
}
