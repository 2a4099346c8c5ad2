package org.opsdesk.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.major.application.Caller;
import org.opsdesk.major.application.ProposalService;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents.Contact;
import org.opsdesk.major.domain.MajorIncidentType;
import org.opsdesk.major.domain.Person;
import org.opsdesk.major.domain.Proposal;
import org.opsdesk.major.domain.ProposalStatus;
import org.opsdesk.platform.rest.QueryValues;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1/major-incident-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Proposals", description = "Potential major incidents: anyone reports, an authority confirms or rejects (MI-1, MI-10)")
public class ProposalResource {

    private final ProposalService proposals;
    private final Callers callers;

    ProposalResource(ProposalService proposals, Callers callers) {
        this.proposals = proposals;
        this.callers = callers;
    }

    /** {@code type} defaults to OPERATIONAL; contact details let the reporter be told of the decision. */
    public record Report(@NotBlank @Size(max = 200) String title, MajorIncidentType type,
                         List<@NotBlank @Size(max = 100) String> serviceIds, @NotBlank @Size(max = 2000) String impactSummary,
                         List<@NotNull UUID> incidentIds, @Size(max = 2000) String reason,
                         @Email @Size(max = 200) String contactEmail, @Size(max = 50) String contactPhone) {
    }

    public record Confirm(@Size(max = 200) String title, MajorIncidentType type) {
    }

    public record Reject(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ProposalView(UUID id, String status, String origin, String title, String type, List<String> serviceIds,
                               List<UUID> incidentIds, String impactSummary, String reason, Contact reporter,
                               Instant reportedAt, Instant decidedAt, String decidedBy, String decisionReason,
                               UUID majorIncidentId, List<String> allowedCommands) {
        static ProposalView of(Proposal p) {
            return new ProposalView(p.id(), p.status().name(), p.origin().name(), p.title(), p.type().name(), p.serviceIds(),
                    p.incidentIds(), p.impactSummary(), p.reason(), Contact.of(p.reporter()), p.reportedAt(), p.decidedAt(),
                    p.decidedBy(), p.decisionReason(), p.majorIncidentId(), p.status().allowedLabels());
        }
    }

    @POST
    @Authenticated
    @Operation(operationId = "proposeMajorIncident", summary = "Report a potential major incident (anyone)")
    @APIResponse(responseCode = "201", description = "Proposal created",
            headers = @Header(name = "Location", description = "the new proposal",
                               schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    public Response report(@Valid @NotNull Report request, UriInfo uri) {
        Caller caller = callers.current();
        var what = new MajorIncident.Declaration(request.title(), request.type() != null ? request.type() : MajorIncidentType.OPERATIONAL,
                request.serviceIds() == null ? List.of() : request.serviceIds(), request.impactSummary(),
                request.incidentIds() == null ? List.of() : request.incidentIds());
        Person reporter = new Person(caller.name(), request.contactEmail() != null ? request.contactEmail() : caller.email(),
                request.contactPhone(), caller.name());
        Proposal proposal = proposals.report(what, request.reason() != null ? request.reason() : request.impactSummary(), reporter);
        return Response.created(uri.getAbsolutePathBuilder().path(proposal.id().toString()).build())
                .entity(ProposalView.of(proposal)).build();
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listMajorIncidentProposals",
            summary = "List proposals, newest first, by status and/or incidentId")
    public Page<ProposalView> list(@QueryParam("status") String status, @QueryParam("incidentId") String incidentId,
                                   @Valid @BeanParam PageRequest page) {
        return proposals.list(status(status), QueryValues.uuid("incidentId", incidentId), page).map(ProposalView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "getMajorIncidentProposal")
    public ProposalView get(@PathParam("id") UUID id) {
        return ProposalView.of(proposals.get(id));
    }

    @POST
    @Authenticated
    @Path("{id}/confirm")
    @Operation(operationId = "confirmMajorIncidentProposal",
            summary = "Confirm: the proposal becomes a declared major incident (declaration authorities)")
    public ProposalView confirm(@PathParam("id") UUID id, @Valid Confirm request) {
        Confirm changes = request != null ? request : new Confirm(null, null);
        return ProposalView.of(proposals.confirm(id, changes.title(), changes.type(), callers.current()));
    }

    @POST
    @Authenticated
    @Path("{id}/reject")
    @Operation(operationId = "rejectMajorIncidentProposal",
            summary = "Reject as a routine matter; the reporter is told the reason (declaration authorities)")
    public ProposalView reject(@PathParam("id") UUID id, @Valid @NotNull Reject request) {
        return ProposalView.of(proposals.reject(id, request.reason(), callers.current()));
    }

    private static ProposalStatus status(String name) {
        try {
            return name == null ? null : ProposalStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("status", "must be one of PENDING, CONFIRMED, REJECTED");
        }
    }
}
