package org.opsdesk.incident.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.opsdesk.incident.application.AlertCounts;
import org.opsdesk.incident.application.AlertIntake;
import org.opsdesk.incident.application.AlertRateLimiter;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.alert.AlertDefaults;
import org.opsdesk.incident.domain.alert.AlertSignal;
import org.opsdesk.incident.domain.integration.IntegrationKind;
import org.opsdesk.incident.rest.AlertPayloads.AlertmanagerAnswer;
import org.opsdesk.incident.rest.AlertPayloads.AlertmanagerWebhook;
import org.opsdesk.incident.rest.AlertPayloads.GenericAlert;
import org.opsdesk.incident.rest.AlertPayloads.GrafanaWebhook;
import org.opsdesk.incident.rest.AlertPayloads.Outcome;
import org.opsdesk.incident.rest.AlertPayloads.PagerDutyAnswer;
import org.opsdesk.incident.rest.AlertPayloads.PagerDutyEvent;

/**
 * What every alert route does: who posts (integration key or JWT, {@link AlertSender}), the sender's rate limit,
 * the translation, intake in parts of {@code alerts.batch-size} alerts (one transaction each, so a group of any size
 * is taken whole), and the answer the sender retries when it must ({@link RetryLater}).
 */
@ApplicationScoped
class AlertReceiver {

    private static final Logger LOG = Logger.getLogger(AlertReceiver.class);

    private final AlertIntake intake;
    private final AlertTranslator translator;
    private final AlertRateLimiter limiter;
    private final AlertCounts counts;
    private final SecurityIdentity identity;
    private final int batchSize;
    private final Duration databaseRetry;

    AlertReceiver(AlertIntake intake, AlertTranslator translator, AlertRateLimiter limiter, AlertCounts counts,
                  SecurityIdentity identity, IncidentConfig config) {
        this.intake = intake;
        this.translator = translator;
        this.limiter = limiter;
        this.counts = counts;
        this.identity = identity;
        this.batchSize = config.alerts().batchSize();
        this.databaseRetry = Duration.ofSeconds(config.alerts().integrations().retryAfterSeconds());
    }

    AlertmanagerAnswer alertmanager(AlertmanagerWebhook webhook) {
        warnIfTruncated(webhook.truncatedAlerts(), webhook.receiver());
        return group(IntegrationKind.ALERTMANAGER, webhook.alerts().size(), defaults -> translator.fromAlertmanager(webhook, defaults));
    }

    AlertmanagerAnswer grafana(GrafanaWebhook webhook) {
        warnIfTruncated(webhook.truncatedAlerts(), webhook.receiver());
        return group(IntegrationKind.GRAFANA, webhook.alerts().size(), defaults -> translator.fromGrafana(webhook, defaults));
    }

    /** PagerDuty's answer: 202 with the dedup key; 429 when it is to be sent again, as PagerDuty answers. */
    Response pagerDuty(PagerDutyEvent event) {
        return RetryLater.on(RetryLater.TOO_MANY_REQUESTS, databaseRetry, () -> {
            AlertSignal signal = translator.fromPagerDuty(event, sender(IntegrationKind.PAGERDUTY_EVENTS, 1).defaults());
            Outcome outcome = receive(List.of(signal)).get(0);
            return Response.accepted(new PagerDutyAnswer("success", "Event processed", signal.dedupKey(), outcome)).build();
        });
    }

    Response generic(GenericAlert alert) {
        return RetryLater.on(RetryLater.UNAVAILABLE, databaseRetry, () -> {
            Outcome outcome = receive(List.of(translator.fromGeneric(alert, sender(IntegrationKind.GENERIC, 1).defaults()))).get(0);
            return Response.accepted(new Outcome(alert.dedupKey(), outcome.outcome(), outcome.incidentId(), outcome.incidentNumber()))
                    .build();
        });
    }

    private AlertmanagerAnswer group(IntegrationKind kind, int alerts, Function<AlertDefaults, List<AlertSignal>> translate) {
        return RetryLater.on(RetryLater.UNAVAILABLE, databaseRetry,
                () -> new AlertmanagerAnswer(receive(translate.apply(sender(kind, alerts).defaults()))));
    }

    /** The sender left alerts out of the group (its max_alerts): they never reach this service. */
    private void warnIfTruncated(Integer truncated, String receiver) {
        if (truncated != null && truncated > 0) {
            LOG.warnf("%s left %d alerts out of a group posted to receiver %s (max_alerts); raise it up to the body limit",
                    identity.getPrincipal().getName(), truncated, receiver);
        }
    }

    /** The sender, once its rate limit allowed {@code alerts} more. */
    private AlertSender sender(IntegrationKind route, int alerts) {
        AlertSender sender = AlertSender.posting(identity, route);
        limiter.take(sender.name(), alerts);
        return sender;
    }

    /** Takes the alerts in parts (one transaction each) and counts what committed. */
    private List<Outcome> receive(List<AlertSignal> signals) {
        List<Outcome> outcomes = new ArrayList<>(signals.size());
        for (int from = 0; from < signals.size(); from += batchSize) {
            List<AlertSignal> part = signals.subList(from, Math.min(signals.size(), from + batchSize));
            List<AlertIntake.Result> results = intake.receive(part);
            counts.count(part, results);
            results.stream().map(AlertReceiver::outcome).forEach(outcomes::add);
        }
        return outcomes;
    }

    private static Outcome outcome(AlertIntake.Result result) {
        return new Outcome(result.dedupKey(), result.outcome().name(),
                result.incidentId() == null ? null : result.incidentId().toString(), result.incidentNumber());
    }
}
