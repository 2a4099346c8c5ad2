package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.rest.AlertPayloads.AlertmanagerAnswer;
import org.opsdesk.incident.rest.AlertPayloads.AlertmanagerWebhook;
import org.opsdesk.incident.rest.AlertPayloads.GenericAlert;
import org.opsdesk.incident.rest.AlertPayloads.GrafanaWebhook;
import org.opsdesk.incident.rest.AlertPayloads.Outcome;
import org.opsdesk.incident.rest.AlertPayloads.PagerDutyAnswer;
import org.opsdesk.incident.rest.AlertPayloads.PagerDutyEvent;

/**
 * Monitoring systems post alerts here in their native formats (IN-17); repeats update one incident. A sender
 * authenticates with its integration's key (docs/integrations.md) or a JWT with the alert-posting role.
 */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Monitoring alerts")
public class AlertResource {

    static final String KEY_IN_PATH = "The integration's key, for senders that cannot set an Authorization header";
    static final String RETRY_503 = "Over the sender's rate limit, or the database is unavailable: retried by Alertmanager and "
            + "Grafana after Retry-After";

    private final AlertReceiver receiver;

    AlertResource(AlertReceiver receiver) {
        this.receiver = receiver;
    }

    @POST
    @Path("alertmanager")
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "postAlertmanagerWebhook",
            summary = "Prometheus Alertmanager webhook (version 4); every alert of the group is taken, a large group in parts")
    @APIResponse(responseCode = "200", description = "What became of each alert, in the order posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertmanagerAnswer.class)))
    @APIResponse(responseCode = "403", description = "The role, or an integration key of another kind, does not allow this route")
    @APIResponse(responseCode = "503", description = RETRY_503, headers = @Header(name = "Retry-After"))
    public AlertmanagerAnswer alertmanager(@Valid @NotNull AlertmanagerWebhook webhook) {
        return receiver.alertmanager(webhook);
    }

    @POST
    @Path("alertmanager/{key}")
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "postAlertmanagerWebhookWithKeyInPath",
            summary = "Alertmanager webhook, authenticated by the integration key in the path")
    @APIResponse(responseCode = "200", description = "What became of each alert, in the order posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertmanagerAnswer.class)))
    @APIResponse(responseCode = "403", description = "The key is of an integration of another kind")
    @APIResponse(responseCode = "503", description = RETRY_503, headers = @Header(name = "Retry-After"))
    public AlertmanagerAnswer alertmanagerWithKey(@Parameter(description = KEY_IN_PATH) @PathParam("key") String key,
                                                  @Valid @NotNull AlertmanagerWebhook webhook) {
        return receiver.alertmanager(webhook);
    }

    @POST
    @Path("grafana")
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "postGrafanaWebhook",
            summary = "Grafana-managed alerting's webhook contact point, as Grafana sends it; a large group in parts")
    @APIResponse(responseCode = "200", description = "What became of each alert, in the order posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertmanagerAnswer.class)))
    @APIResponse(responseCode = "403", description = "The role, or an integration key of another kind, does not allow this route")
    @APIResponse(responseCode = "503", description = RETRY_503, headers = @Header(name = "Retry-After"))
    public AlertmanagerAnswer grafana(@Valid @NotNull GrafanaWebhook webhook) {
        return receiver.grafana(webhook);
    }

    @POST
    @Path("grafana/{key}")
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "postGrafanaWebhookWithKeyInPath",
            summary = "Grafana webhook contact point, authenticated by the integration key in the path")
    @APIResponse(responseCode = "200", description = "What became of each alert, in the order posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertmanagerAnswer.class)))
    @APIResponse(responseCode = "403", description = "The key is of an integration of another kind")
    @APIResponse(responseCode = "503", description = RETRY_503, headers = @Header(name = "Retry-After"))
    public AlertmanagerAnswer grafanaWithKey(@Parameter(description = KEY_IN_PATH) @PathParam("key") String key,
                                             @Valid @NotNull GrafanaWebhook webhook) {
        return receiver.grafana(webhook);
    }

    @POST
    @Path("events")
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "postPagerDutyEvent",
            summary = "PagerDuty Events API v2 (trigger, acknowledge, resolve), authenticated by routing_key or a token")
    @APIResponse(responseCode = "202", description = "Taken; PagerDuty's answer with what became of the alert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PagerDutyAnswer.class)))
    @APIResponse(responseCode = "403", description = "The role, or an integration key of another kind, does not allow this route")
    @APIResponse(responseCode = "429", description = PagerDutyEnqueueResource.RETRY_429, headers = @Header(name = "Retry-After"))
    public Response pagerDuty(@Valid @NotNull PagerDutyEvent event) {
        return receiver.pagerDuty(event);
    }

    @POST
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "postGenericAlert", summary = "A generic JSON alert (FIRING or RESOLVED); answers 202 with the dedup key")
    @APIResponse(responseCode = "202", description = "Taken, with what became of the alert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outcome.class)))
    @APIResponse(responseCode = "403", description = "The role, or an integration key of another kind, does not allow this route")
    @APIResponse(responseCode = "503", description = "Over the sender's rate limit, or the database is unavailable; retry after "
            + "Retry-After", headers = @Header(name = "Retry-After"))
    public Response generic(@Valid @NotNull GenericAlert alert) {
        return receiver.generic(alert);
    }
}
