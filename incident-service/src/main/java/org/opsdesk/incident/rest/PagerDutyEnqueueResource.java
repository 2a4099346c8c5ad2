package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.rest.AlertPayloads.PagerDutyAnswer;
import org.opsdesk.incident.rest.AlertPayloads.PagerDutyEvent;

/**
 * PagerDuty Events API v2 at the path PagerDuty's clients post to, so an existing client only changes the host;
 * authenticated by the {@code routing_key} of the body (an integration key of kind PAGERDUTY_EVENTS).
 */
@Path("/v2/enqueue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Monitoring alerts")
public class PagerDutyEnqueueResource {

    static final String RETRY_429 = "Over the sender's rate limit, or the database is unavailable: retry after Retry-After, "
            + "as PagerDuty answers";

    private final AlertReceiver receiver;

    PagerDutyEnqueueResource(AlertReceiver receiver) {
        this.receiver = receiver;
    }

    @POST
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "enqueuePagerDutyEvent",
            summary = "PagerDuty Events API v2 at PagerDuty's own path, authenticated by routing_key")
    @APIResponse(responseCode = "202", description = "Taken; PagerDuty's answer with what became of the alert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PagerDutyAnswer.class)))
    @APIResponse(responseCode = "403", description = "The role, or an integration key of another kind, does not allow this route")
    @APIResponse(responseCode = "429", description = RETRY_429, headers = @Header(name = "Retry-After"))
    public Response enqueue(@Valid @NotNull PagerDutyEvent event) {
        return receiver.pagerDuty(event);
    }
}
