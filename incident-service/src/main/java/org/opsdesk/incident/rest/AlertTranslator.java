package org.opsdesk.incident.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import org.opsdesk.platform.hash.Sha256;
import java.util.Map;
import java.util.UUID;
import org.opsdesk.incident.domain.alert.AlertAction;
import org.opsdesk.incident.domain.alert.AlertDefaults;
import org.opsdesk.incident.domain.alert.AlertFingerprint;
import org.opsdesk.incident.domain.alert.AlertSignal;
import org.opsdesk.incident.domain.alert.AlertSource;
import org.opsdesk.incident.domain.alert.PagerDutyTimestamp;
import org.opsdesk.incident.rest.AlertPayloads.AlertmanagerAlert;
import org.opsdesk.incident.rest.AlertPayloads.AlertmanagerWebhook;
import org.opsdesk.incident.rest.AlertPayloads.GenericAlert;
import org.opsdesk.incident.rest.AlertPayloads.GrafanaWebhook;
import org.opsdesk.incident.rest.AlertPayloads.PagerDutyEvent;
import org.opsdesk.platform.errors.InvalidFieldException;

/** Reduces each native alert format to an {@link AlertSignal}. */
@ApplicationScoped
public class AlertTranslator {

    private final Clock clock;

    AlertTranslator(Clock clock) {
        this.clock = clock;
    }

    List<AlertSignal> fromAlertmanager(AlertmanagerWebhook webhook, AlertDefaults defaults) {
        String sender = "Alertmanager" + (webhook.receiver() == null ? "" : " (" + webhook.receiver() + ")");
        return webhook.alerts().stream()
                .map(alert -> fromGroup(AlertSource.ALERTMANAGER, alert, sender, group(webhook.groupKey()), defaults)).toList();
    }

    /** Grafana's alerts are Alertmanager's, with the dashboard (when there is one) as their link. */
    List<AlertSignal> fromGrafana(GrafanaWebhook webhook, AlertDefaults defaults) {
        String sender = "Grafana" + (webhook.receiver() == null ? "" : " (" + webhook.receiver() + ")");
        return webhook.alerts().stream()
                .map(alert -> fromGroup(AlertSource.GRAFANA, alert.asAlertmanagerAlert(), sender, group(webhook.groupKey()), defaults))
                .toList();
    }

    private static String group(String groupKey) {
        return groupKey == null || groupKey.isBlank() ? null : groupKey.length() <= 1000 ? groupKey : "sha256:" + Sha256.hex(groupKey);
    }

    private static AlertSignal fromGroup(AlertSource source, AlertmanagerAlert alert, String sender, String group,
                                         AlertDefaults defaults) {
        Map<String, String> labels = alert.labels();
        Map<String, String> annotations = alert.annotations() == null ? Map.of() : alert.annotations();
        boolean resolved = alert.status().equals("resolved");
        String name = labels.getOrDefault("alertname", "alert");
        String summary = first(annotations.get("summary"), annotations.get("title"),
                name + (labels.containsKey("instance") ? " on " + labels.get("instance") : ""));
        String description = first(annotations.get("description"), annotations.get("message"), null);
        if (alert.generatorURL() != null && !alert.generatorURL().isBlank()) {
            description = (description == null ? "" : description + "\n\n") + "Source: " + alert.generatorURL();
        }
        String fingerprint = alert.fingerprint() == null || alert.fingerprint().isBlank() ? AlertFingerprint.of(labels) : alert.fingerprint();
        return new AlertSignal(source, fingerprint, resolved ? AlertAction.RESOLVE : AlertAction.TRIGGER,
                alert.startsAt().toString(), summary, description, null, null, labels, alert.startsAt(),
                resolved ? alert.endsAt() : null, sender, group, defaults);
    }

    AlertSignal fromPagerDuty(PagerDutyEvent event, AlertDefaults defaults) {
        AlertAction action = AlertAction.valueOf(event.eventAction().toUpperCase());
        if (action == AlertAction.TRIGGER && event.payload() == null) {
            throw new InvalidFieldException("payload", "a trigger event needs a payload");
        }
        if (action != AlertAction.TRIGGER && event.dedupKey() == null) {
            throw new InvalidFieldException("dedup_key", "an " + event.eventAction() + " event needs the dedup_key of its alert");
        }
        String dedupKey = event.dedupKey() != null ? event.dedupKey() : UUID.randomUUID().toString();
        String sender = event.client() != null ? event.client() : "PagerDuty Events API v2";
        if (event.payload() == null) {
            return new AlertSignal(AlertSource.PAGERDUTY, dedupKey, action, null, null, null, null, null, Map.of(),
                    null, clock.instant(), sender, null, defaults);
        }
        var p = event.payload();
        Map<String, String> labels = new LinkedHashMap<>(strings(p.customDetails()));
        put(labels, "source", p.source());
        put(labels, "component", p.component());
        put(labels, "group", p.group());
        put(labels, "class", p.type());
        return new AlertSignal(AlertSource.PAGERDUTY, dedupKey, action, null, p.summary(), null, p.severity(), null, labels,
                PagerDutyTimestamp.parse(p.timestamp()), action == AlertAction.RESOLVE ? clock.instant() : null, sender,
                p.group() == null || p.group().isBlank() ? null : p.group(), defaults);
    }

    AlertSignal fromGeneric(GenericAlert alert, AlertDefaults defaults) {
        boolean resolved = alert.status().equals("RESOLVED");
        if (!resolved && (alert.summary() == null || alert.summary().isBlank())) {
            throw new InvalidFieldException("summary", "a firing alert needs a summary");
        }
        Map<String, String> labels = new LinkedHashMap<>(strings(alert.details()));
        put(labels, "customer", alert.customerOrg());
        return new AlertSignal(AlertSource.GENERIC, alert.source() + "/" + alert.dedupKey(),
                resolved ? AlertAction.RESOLVE : AlertAction.TRIGGER,
                alert.startsAt() == null ? null : alert.startsAt().toString(), alert.summary(), null, alert.severity(),
                alert.service(), labels, alert.startsAt(), resolved ? clock.instant() : null, alert.source(), null, defaults);
    }

    private static Map<String, String> strings(Map<String, Object> details) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((key, value) -> {
                if (value != null && !(value instanceof Map) && !(value instanceof List)) {
                    labels.put(key, String.valueOf(value));
                }
            });
        }
        return labels;
    }

    private static void put(Map<String, String> labels, String key, String value) {
        if (value != null && !value.isBlank()) {
            labels.put(key, value);
        }
    }

    private static String first(String a, String b, String fallback) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : fallback;
    }
}
