package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.application.PolicyService;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.SlaHours;
import org.opsdesk.incident.domain.Urgency;
import org.opsdesk.incident.domain.reference.PriorityMatrix;
import org.opsdesk.incident.domain.reference.SeverityLevel;
import org.opsdesk.incident.domain.reference.SlaPolicy;
import org.opsdesk.platform.errors.InvalidFieldException;

/** The severity levels and priority matrix (IN-4) and the SLA policies per organisation and priority or severity (IN-9). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reference data")
public class PolicyResource {

    private final PolicyService policies;

    PolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    public record Cell(@NotNull @Min(1) @Max(4) Integer severity, @NotNull Urgency urgency, @NotNull Priority priority) {
    }

    public record Matrix(@NotEmpty @Size(max = 12) List<@Valid @NotNull Cell> cells) {
        static Matrix of(PriorityMatrix m) {
            return new Matrix(m.cells().stream().map(c -> new Cell(c.severity(), c.urgency(), c.priority())).toList());
        }
    }

    /**
     * Targets as ISO-8601 durations, e.g. {@code PT15M}; BUSINESS_HOURS counts only the business calendar's hours.
     * A policy covers a {@code priority}, or a client's {@code severity} level (with {@code customerOrg}).
     */
    public record SlaPolicyRequest(@Size(min = 1, max = 100) String customerOrg, Priority priority, @Min(1) @Max(4) Integer severity,
                                   @NotNull Duration responseTarget, @NotNull Duration resolutionTarget, @NotNull SlaHours hours) {
    }

    public record SlaPolicyView(UUID id, String customerOrg, Priority priority, Integer severity, Duration responseTarget,
                                Duration resolutionTarget, SlaHours hours) {
        static SlaPolicyView of(SlaPolicy p) {
            return new SlaPolicyView(p.id(), p.customerOrg(), p.priority(), p.severity(), p.responseTarget(),
                    p.resolutionTarget(), p.hours());
        }
    }

    public record SeverityLevelView(int level, String name, String definition) {
        static SeverityLevelView of(SeverityLevel s) {
            return new SeverityLevelView(s.level(), s.name(), s.definition());
        }
    }

    @GET
    @Authenticated
    @Path("severity-levels")
    @Operation(operationId = "listSeverityLevels",
            summary = "The four severity levels (impact) with their definitions; readable by every authenticated caller")
    public List<SeverityLevelView> severityLevels() {
        return policies.severityLevels().stream().map(SeverityLevelView::of).toList();
    }

    @GET
    @Path("priority-matrix")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getPriorityMatrix", summary = "Impact (severity) × urgency → priority")
    public Matrix matrix() {
        return Matrix.of(policies.priorityMatrix());
    }

    @PUT
    @Path("priority-matrix")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "replacePriorityMatrix", summary = "Replace the whole matrix (all 12 cells)")
    public Matrix replaceMatrix(@Valid @NotNull Matrix matrix) {
        return Matrix.of(policies.replacePriorityMatrix(matrix.cells().stream()
                .map(c -> new PriorityMatrix.Cell(c.severity(), c.urgency(), c.priority())).toList()));
    }

    @GET
    @Path("sla-policies")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "listSlaPolicies",
            summary = "SLA policies, the defaults (no customerOrg) first; filter by organisation")
    public List<SlaPolicyView> slaPolicies(@QueryParam("customerOrg") String customerOrg) {
        return policies.slaPolicies(customerOrg).stream().map(SlaPolicyView::of).toList();
    }

    @GET
    @Path("sla-policies/{id}")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "getSlaPolicy")
    public SlaPolicyView slaPolicy(@PathParam("id") UUID id) {
        return SlaPolicyView.of(policies.slaPolicy(id));
    }

    @POST
    @Path("sla-policies")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "createSlaPolicy",
            summary = "Add an organisation's policy for one priority, or a client's for one severity level")
    @APIResponse(responseCode = "201", description = "SLA policy created",
            headers = @Header(name = "Location", description = "the new SLA policy",
                                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = SlaPolicyView.class)))
    public Response createSlaPolicy(@Valid @NotNull SlaPolicyRequest r) {
        if ((r.priority() == null) == (r.severity() == null)) {
            throw new InvalidFieldException("priority", "give a priority or a severity (one of the two)");
        }
        SlaPolicy policy = policies.createSlaPolicy(r.customerOrg(), r.priority(), r.severity(), r.responseTarget(),
                r.resolutionTarget(), r.hours());
        return Response.created(UriBuilder.fromPath("/api/v1/sla-policies/{id}").build(policy.id()))
                .entity(SlaPolicyView.of(policy)).build();
    }

    @PUT
    @Path("sla-policies/{id}")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "updateSlaPolicy",
            summary = "Change the targets of a policy (organisation, priority or severity stay)")
    public SlaPolicyView updateSlaPolicy(@PathParam("id") UUID id, @Valid @NotNull SlaPolicyRequest r) {
        return SlaPolicyView.of(policies.updateSlaPolicy(id, r.responseTarget(), r.resolutionTarget(), r.hours()));
    }

    @DELETE
    @Path("sla-policies/{id}")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "deleteSlaPolicy",
            summary = "Remove an organisation's policy; its incidents fall back to the default")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteSlaPolicy(@PathParam("id") UUID id) {
        policies.deleteSlaPolicy(id);
        return Response.noContent().build();
    }
}
