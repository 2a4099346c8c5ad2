package org.opsdesk.major.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.major.application.StatusUpdateService;
import org.opsdesk.major.domain.StatusUpdate;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1/major-incidents/{id}/status-updates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Status updates", description = "The six items of every update (002 §V.B.5), announced for the status page (CO-2)")
public class StatusUpdateResource {

    private final StatusUpdateService updates;
    private final Callers callers;

    StatusUpdateResource(StatusUpdateService updates, Callers callers) {
        this.updates = updates;
        this.callers = callers;
    }

    public record Publish(@NotBlank @Size(max = 2000) String nature, @NotBlank @Size(max = 2000) String impact,
                          @NotBlank @Size(max = 1000) String remediationMetric,
                          @NotBlank @Size(max = 4000) String remediationSteps,
                          @NotNull Instant estimatedRemediationAt, @NotNull Instant nextUpdateAt) {
    }

    public record StatusUpdateView(UUID id, String nature, String impact, String remediationMetric, String remediationSteps,
                                   Instant estimatedRemediationAt, Instant nextUpdateAt, Instant publishedAt,
                                   String publishedBy) {
        static StatusUpdateView of(StatusUpdate s) {
            return new StatusUpdateView(s.id(), s.nature(), s.impact(), s.remediationMetric(), s.remediationSteps(),
                    s.estimatedRemediationAt(), s.nextUpdateAt(), s.publishedAt(), s.publishedBy());
        }
    }

    @POST
    @Authenticated
    @Operation(operationId = "publishStatusUpdate",
            summary = "Publish a status update (the coordinator, the Communications Coordinator or a configured group)")
    @APIResponse(responseCode = "201", description = "Status update created",
            content = @Content(schema = @Schema(implementation = StatusUpdateView.class)))
    public Response publish(@PathParam("id") UUID id, @Valid @NotNull Publish request) {
        StatusUpdate update = updates.publish(id, new StatusUpdate.Items(request.nature(), request.impact(),
                request.remediationMetric(), request.remediationSteps(), request.estimatedRemediationAt(),
                request.nextUpdateAt()), callers.current());
        return Response.status(Response.Status.CREATED).entity(StatusUpdateView.of(update)).build();
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listStatusUpdates", summary = "The status updates, newest first")
    public Page<StatusUpdateView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return updates.list(id, page).map(StatusUpdateView::of);
    }
}
