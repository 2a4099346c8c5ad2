package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.application.IncidentCommands;
import org.opsdesk.incident.application.IncidentService;
import org.opsdesk.incident.domain.ContactMethod;
import org.opsdesk.incident.domain.CustomerVerification;
import org.opsdesk.incident.domain.EscalationType;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.ResolutionType;
import org.opsdesk.incident.domain.UnconfirmedReason;
import org.opsdesk.platform.errors.InvalidFieldException;

/** The lifecycle commands, each its own POST; an illegal one answers 409 with the state and the allowed commands. */
@Path("/api/v1/incidents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Incident lifecycle")
public class IncidentCommandResource {

    private final IncidentCommands commands;
    private final IncidentService incidents;
    private final CallerFactory callers;

    IncidentCommandResource(IncidentCommands commands, IncidentService incidents, CallerFactory callers) {
        this.commands = commands;
        this.incidents = incidents;
        this.callers = callers;
    }

    public record Assign(@NotBlank @Size(max = 64) String team, @Size(min = 1, max = 100) String assignee,
                         @Size(max = 2000) String note) {
    }

    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Comment(@Size(max = 2000) String comment) {
    }

    public record Escalate(@NotNull EscalationType type, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Refer(@NotBlank @Size(max = 64) String helpDeskId, @Size(max = 2000) String note) {
    }

    /**
     * 001 §5.8: how the customer confirmed the resolution ({@code confirmationMethod}) or why they did not
     * ({@code unconfirmedReason}); exactly one.
     */
    public record Resolve(@NotNull ResolutionType resolutionType, @NotBlank @Size(max = 10000) String resolution,
                          ContactMethod confirmationMethod, UnconfirmedReason unconfirmedReason) {
        CustomerVerification verification() {
            if ((confirmationMethod == null) == (unconfirmedReason == null)) {
                throw new InvalidFieldException("confirmationMethod",
                        "give how the customer confirmed the resolution, or unconfirmedReason: why they did not (one of the two)");
            }
            return new CustomerVerification(confirmationMethod, unconfirmedReason);
        }
    }

    @POST
    @Path("assign")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "assignIncident",
            summary = "Assign to a team's queue, optionally to one of its members (counts as the response)")
    public IncidentView assign(@PathParam("id") UUID id, @Valid @NotNull Assign request) {
        return view(commands.assign(id, request.team(), request.assignee(), request.note(), callers.caller()));
    }

    @POST
    @Path("acknowledge")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "acknowledgeIncident",
            summary = "A member of the assigned team takes the case and becomes its assignee")
    public IncidentView acknowledge(@PathParam("id") UUID id) {
        return view(commands.acknowledge(id, callers.caller()));
    }

    @POST
    @Path("return-to-service-desk")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "returnIncidentToServiceDesk",
            summary = "Send the case back to the service desk (wrong group, missing information) with the reason")
    public IncidentView returnToServiceDesk(@PathParam("id") UUID id, @Valid @NotNull Reason request) {
        return view(commands.returnToServiceDesk(id, request.reason(), callers.caller()));
    }

    @POST
    @Path("escalate")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "escalateIncident",
            summary = "FUNCTIONAL: to the next tier of the team's path; HIERARCHICAL: to the next manager of its chain")
    public IncidentView escalate(@PathParam("id") UUID id, @Valid @NotNull Escalate request) {
        return view(commands.escalate(id, request.type(), request.reason(), callers.caller()));
    }

    @POST
    @Path("hold")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "holdIncident", summary = "Wait for the customer; the resolution clock pauses")
    public IncidentView hold(@PathParam("id") UUID id, @Valid @NotNull Reason request) {
        return view(commands.hold(id, request.reason(), callers.caller()));
    }

    @POST
    @Path("resume")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "resumeIncident", summary = "Work on the case again; the resolution clock resumes")
    public IncidentView resume(@PathParam("id") UUID id, @Valid Comment request) {
        return view(commands.resume(id, request == null ? null : request.comment(), callers.caller()));
    }

    @POST
    @Path("refer")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "referIncident",
            summary = "Refer to another agency's help desk: resolved as REFERRED, answers that desk's contact details")
    public IncidentView refer(@PathParam("id") UUID id, @Valid @NotNull Refer request) {
        return view(commands.refer(id, request.helpDeskId(), request.note(), callers.caller()));
    }

    @POST
    @Path("resolve")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "resolveIncident",
            summary = "Resolve by WORKAROUND (opens a problem) or PERMANENT_FIX once the customer confirmed "
            + "(confirmationMethod) or saying why not (unconfirmedReason); starts the dispute window")
    public IncidentView resolve(@PathParam("id") UUID id, @Valid @NotNull Resolve request) {
        return view(commands.resolve(id, request.resolutionType(), request.resolution(), request.verification(), callers.caller()));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Access.CUSTOMER_RESPONSE)
    @Operation(operationId = "confirmIncidentResolution", summary = "The customer accepts the resolution: the case closes")
    public IncidentView confirm(@PathParam("id") UUID id, @Valid Comment request) {
        return view(commands.confirm(id, request == null ? null : request.comment(), callers.caller()));
    }

    @POST
    @Path("dispute")
    @RolesAllowed(Access.CUSTOMER_RESPONSE)
    @Operation(operationId = "disputeIncidentResolution",
            summary = "Within the dispute window the customer reopens the case; after it, 409")
    public IncidentView dispute(@PathParam("id") UUID id, @Valid @NotNull Reason request) {
        return view(commands.dispute(id, request.reason(), callers.caller()));
    }

    @POST
    @Path("close")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "closeIncident",
            summary = "Close a referral, or a case whose customer cannot be reached (needs the contact attempts)")
    public IncidentView close(@PathParam("id") UUID id, @Valid @NotNull Reason request) {
        return view(commands.close(id, request.reason(), callers.caller()));
    }

    private IncidentView view(Incident incident) {
        return IncidentView.of(incidents.details(incident, false));
    }
}
