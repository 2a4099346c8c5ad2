package org.opsdesk.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.major.application.LinkProposalService;
import org.opsdesk.major.domain.LinkProposal;

@Path("/api/v1/major-incidents/{id}/link-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Link proposals", description = "Incidents proposed for linking, confirmed or dismissed by the coordinator")
public class LinkProposalResource {

    private final LinkProposalService proposals;
    private final Callers callers;

    LinkProposalResource(LinkProposalService proposals, Callers callers) {
        this.proposals = proposals;
        this.callers = callers;
    }

    public record Dismiss(@Size(max = 2000) String reason) {
    }

    /** {@code decidedAt} and {@code decidedBy} are null while PROPOSED. */
    public record LinkProposalView(UUID incidentId, String reason, LinkProposal.Status status, Instant proposedAt,
                                   Instant decidedAt, String decidedBy) {
        static LinkProposalView of(LinkProposal p) {
            return new LinkProposalView(p.incidentId(), p.reason(), p.status(), p.proposedAt(), p.decidedAt(), p.decidedBy());
        }
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listLinkProposals",
            summary = "Incidents proposed for linking, oldest first, with their status")
    public List<LinkProposalView> list(@PathParam("id") UUID id) {
        return proposals.list(id).stream().map(LinkProposalView::of).toList();
    }

    @POST
    @Path("{incidentId}/confirm")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "confirmLinkProposal",
            summary = "The coordinator confirms: the incident is linked (409 when decided already or linked elsewhere)")
    public LinkProposalView confirm(@PathParam("id") UUID id, @PathParam("incidentId") UUID incidentId) {
        return LinkProposalView.of(proposals.confirm(id, incidentId, callers.current()));
    }

    @POST
    @Path("{incidentId}/dismiss")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "dismissLinkProposal",
            summary = "The coordinator dismisses: the incident is not part of this major incident")
    public LinkProposalView dismiss(@PathParam("id") UUID id, @PathParam("incidentId") UUID incidentId,
                                    @RequestBody(required = false) @Valid Dismiss request) {
        return LinkProposalView.of(proposals.dismiss(id, incidentId, request == null ? null : request.reason(), callers.current()));
    }
}
