package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.application.ProblemService;
import org.opsdesk.incident.domain.problem.Problem;
import org.opsdesk.incident.domain.problem.ProblemReason;
import org.opsdesk.incident.domain.problem.ProblemStatus;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** Problem cases (IN-12): OPEN → KNOWN_ERROR → RESOLVED → CLOSED, linked to their incidents. */
@Path("/api/v1/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Problems")
public class ProblemResource {

    private final ProblemService problems;
    private final CallerFactory callers;

    ProblemResource(ProblemService problems, CallerFactory callers) {
        this.problems = problems;
        this.callers = callers;
    }

    public record OpenProblem(@NotBlank @Size(max = 200) String title, @Size(max = 10000) String description,
                              @Size(max = 100) List<@NotNull UUID> incidentIds) {
    }

    public record LinkIncident(@NotNull UUID incidentId) {
    }

    public record RootCause(@NotBlank @Size(max = 10000) String rootCause, @Size(max = 10000) String workaround,
                            Boolean publishKnownError) {
    }

    public record Resolve(@NotBlank @Size(max = 10000) String resolution) {
    }

    public record ProblemView(UUID id, String number, ProblemStatus status, String title, String description,
                              @Schema(implementation = ProblemReason.class) String reason,
                              UUID majorIncidentId, String rootCause, String workaround, UUID knownErrorId, String resolution,
                              Instant openedAt, String openedBy, Instant resolvedAt, Instant closedAt, Set<UUID> incidentIds,
                              List<String> allowedCommands) {
        static ProblemView of(Problem p) {
            return new ProblemView(p.id(), p.number(), p.status(), p.title(), p.description(), p.reason().name(),
                    p.majorIncidentId(), p.rootCause(), p.workaround(), p.knownErrorId(), p.resolution(), p.openedAt(),
                    p.openedBy(), p.resolvedAt(), p.closedAt(), p.incidentIds(), p.status().allowedLabels());
        }
    }

    @GET
    @RolesAllowed(Access.PROBLEMS)
    @Operation(operationId = "listProblems", summary = "Problems, newest first; filter by status")
    public Page<ProblemView> list(@QueryParam("status") String status, @QueryParam("incidentId") String incidentId,
                                  @Valid @BeanParam PageRequest page) {
        UUID incident = QueryParams.uuid("incidentId", incidentId);
        if (incident != null) {
            List<ProblemView> items = problems.ofIncident(incident).stream().map(ProblemView::of).toList();
            return new Page<>(items, items.size(), 0, Math.max(items.size(), 1));
        }
        return problems.list(QueryParams.enumValue("status", status, ProblemStatus.class), page).map(ProblemView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.PROBLEMS)
    @Operation(operationId = "getProblem")
    public ProblemView get(@PathParam("id") UUID id) {
        return ProblemView.of(problems.get(id));
    }

    @POST
    @RolesAllowed(Access.PROBLEMS)
    @Operation(operationId = "openProblem", summary = "Open a problem by hand, linked to incidents")
    @APIResponse(responseCode = "201", description = "Problem created",
            headers = @Header(name = "Location", description = "the new problem",
                              schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ProblemView.class)))
    public Response open(@Valid @NotNull OpenProblem r, UriInfo uri) {
        Problem problem = problems.open(r.title(), r.description(), r.incidentIds() == null ? List.of() : r.incidentIds(),
                callers.caller());
        return Response.created(uri.getAbsolutePathBuilder().path(problem.id().toString()).build()).entity(ProblemView.of(problem)).build();
    }

    @POST
    @Path("{id}/incidents")
    @RolesAllowed(Access.PROBLEMS)
    @Operation(operationId = "linkProblemIncident", summary = "Link another incident to the problem")
    public ProblemView link(@PathParam("id") UUID id, @Valid @NotNull LinkIncident r) {
        return ProblemView.of(problems.link(id, r.incidentId(), callers.caller()));
    }

    @POST
    @Path("{id}/root-cause")
    @RolesAllowed(Access.PROBLEMS)
    @Operation(operationId = "recordProblemRootCause",
            summary = "Record the root cause (→ KNOWN_ERROR); with publishKnownError the workaround becomes a known error")
    public ProblemView rootCause(@PathParam("id") UUID id, @Valid @NotNull RootCause r) {
        return ProblemView.of(problems.rootCause(id, r.rootCause(), r.workaround(), Boolean.TRUE.equals(r.publishKnownError())));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed(Access.PROBLEMS)
    @Operation(operationId = "resolveProblem", summary = "The underlying cause is fixed")
    public ProblemView resolve(@PathParam("id") UUID id, @Valid @NotNull Resolve r) {
        return ProblemView.of(problems.resolve(id, r.resolution()));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Access.PROBLEMS)
    @Operation(operationId = "closeProblem")
    public ProblemView close(@PathParam("id") UUID id) {
        return ProblemView.of(problems.close(id));
    }
}
