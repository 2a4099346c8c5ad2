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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opsdesk.incident.application.AlertCounts;
import org.opsdesk.incident.application.AlertIntake;
import org.opsdesk.incident.application.AlertRateLimiter;
import org.opsdesk.incident.domain.alert.AlertSignal;
import org.opsdesk.incident.rest.AlertPayloads.AlertmanagerAnswer;
import org.opsdesk.incident.rest.AlertPayloads.AlertmanagerWebhook;
import org.opsdesk.incident.rest.AlertPayloads.GenericAlert;
import org.opsdesk.incident.rest.AlertPayloads.Outcome;
import org.opsdesk.incident.rest.AlertPayloads.PagerDutyAnswer;
import org.opsdesk.incident.rest.AlertPayloads.PagerDutyEvent;
import org.opsdesk.platform.rest.Problem;

/** Monitoring systems post alerts here in their native formats (IN-17); repeats update one incident. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Monitoring alerts")
public class AlertResource {

    private final AlertIntake intake;
    private final AlertTranslator translator;
    private final AlertRateLimiter limiter;
    private final CallerFactory callers;
    private final AlertCounts counts;

    AlertResource(AlertIntake intake, AlertTranslator translator, AlertRateLimiter limiter, CallerFactory callers, AlertCounts counts) {
        this.counts = counts;
        this.intake = intake;
        this.translator = translator;
        this.limiter = limiter;
        this.callers = callers;
    }

    @POST
    @Path("alertmanager")
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "postAlertmanagerAlerts",
            summary = "Prometheus Alertmanager webhook (version 4); every alert of the group is taken on its own")
    @APIResponse(responseCode = "200", description = "Every alert of the group taken, with its outcome",
            content = @Content(schema = @Schema(implementation = AlertmanagerAnswer.class)))
    @APIResponse(responseCode = "429", description = "Over the caller's alert rate limit; retry after Retry-After seconds")
    public AlertmanagerAnswer alertmanager(@Valid @NotNull AlertmanagerWebhook webhook) {
        limiter.take(callers.caller().name(), webhook.alerts().size());
        return new AlertmanagerAnswer(receive(translator.fromAlertmanager(webhook)).stream().map(AlertResource::outcome).toList());
    }

    @POST
    @Path("events")
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "postPagerDutyEvent",
            summary = "PagerDuty Events API v2 (trigger, acknowledge, resolve); answers 202 with the dedup key")
    @APIResponse(responseCode = "202", description = "Taken; the outcome says what it did",
            content = @Content(schema = @Schema(implementation = PagerDutyAnswer.class)))
    @APIResponse(responseCode = "429", description = "Over the caller's alert rate limit; retry after Retry-After seconds")
    public Response pagerDuty(@Valid @NotNull PagerDutyEvent event) {
        limiter.take(callers.caller().name(), 1);
        AlertSignal signal = translator.fromPagerDuty(event);
        Outcome outcome = receive(signal);
        return Response.accepted(new PagerDutyAnswer("success", "Event processed", signal.dedupKey(), outcome)).build();
    }

    @POST
    @RolesAllowed(Access.POST_ALERTS)
    @Operation(operationId = "postGenericAlert",
            summary = "A generic JSON alert (FIRING or RESOLVED); answers 202 with the dedup key")
    @APIResponse(responseCode = "202", description = "Taken; the outcome says what it did",
            content = @Content(schema = @Schema(implementation = Outcome.class)))
    @APIResponse(responseCode = "429", description = "Over the caller's alert rate limit; retry after Retry-After seconds")
    public Response generic(@Valid @NotNull GenericAlert alert) {
        limiter.take(callers.caller().name(), 1);
        Outcome outcome = receive(translator.fromGeneric(alert));
        return Response.accepted(new Outcome(alert.dedupKey(), outcome.outcome(), outcome.incidentId(), outcome.incidentNumber()))
                .build();
    }

    /** 429 with the seconds to wait: Alertmanager and PagerDuty clients retry a refused post later. */
    @ServerExceptionMapper
    public Response limitExceeded(AlertRateLimiter.LimitExceeded e) {
        long seconds = Math.max(1, (e.retryAfter().toNanos() + 999_999_999L) / 1_000_000_000L);
        Response problem = Problem.of(429, "Too Many Requests", e.getMessage() + "; retry after " + seconds + " s")
                .with(Map.of("retryAfterSeconds", seconds)).toResponse();
        return Response.fromResponse(problem).header("Retry-After", seconds).build();
    }

    private Outcome receive(AlertSignal signal) {
        return outcome(receive(List.of(signal)).get(0));
    }

    /** Takes the alerts (one transaction) and then counts what committed. */
    private List<AlertIntake.Result> receive(List<AlertSignal> signals) {
        List<AlertIntake.Result> results = intake.receive(signals);
        counts.count(signals, results);
        return results;
    }

    private static Outcome outcome(AlertIntake.Result result) {
        return new Outcome(result.dedupKey(), result.outcome().name(),
                result.incidentId() == null ? null : result.incidentId().toString(), result.incidentNumber());
    }
}
