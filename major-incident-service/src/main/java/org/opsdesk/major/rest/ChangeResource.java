package org.opsdesk.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.major.application.ChangeService;
import org.opsdesk.major.domain.ChangeRecord;
import org.opsdesk.major.domain.ChangeType;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Changes", description = "Change records from change-management tools, for change correlation (MI-5)")
public class ChangeResource {

    private final ChangeService changes;
    private final Callers callers;

    ChangeResource(ChangeService changes, Callers callers) {
        this.changes = changes;
        this.callers = callers;
    }

    public record IngestChange(@NotBlank @Size(max = 100) String externalId,
                               @NotEmpty List<@NotBlank @Size(max = 100) String> serviceIds,
                               @NotBlank @Size(max = 1000) String summary, @NotNull ChangeType type,
                               @NotNull Instant implementedAt, @Size(max = 500) String link) {
    }

    @POST
    @RolesAllowed(Access.CHANGE_SOURCES)
    @Operation(operationId = "recordChange",
            summary = "Ingest a change record: 201 when new, 200 when the external id is known (updated)")
    @APIResponse(responseCode = "201", description = "Change created",
            content = @Content(schema = @Schema(implementation = ChangeView.class)))
    @APIResponse(responseCode = "200", description = "Already known: the change as recorded",
            content = @Content(schema = @Schema(implementation = ChangeView.class)))
    public Response ingest(@Valid @NotNull IngestChange request) {
        ChangeService.Ingested ingested = changes.ingest(new ChangeRecord.Details(request.externalId(), request.serviceIds(),
                request.summary(), request.type(), request.implementedAt(), request.link()), callers.current());
        return Response.status(ingested.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ChangeView.of(ingested.change())).build();
    }
}
