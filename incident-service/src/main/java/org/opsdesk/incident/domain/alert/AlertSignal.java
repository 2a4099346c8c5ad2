package org.opsdesk.incident.domain.alert;

import java.time.Instant;
import java.util.Map;

/**
 * One alert in any native format, reduced to what intake needs. {@code dedupKey} is the alert identity
 * (Alertmanager fingerprint, PagerDuty dedup_key); {@code episode}, when the format has one (Alertmanager's
 * startsAt), names one firing of it, so re-sent and retried payloads are recognised. {@code service} and
 * {@code severity} are given when the format names them; otherwise they are looked up in {@code labels}, and then
 * {@code defaults} (the posting integration's) apply. {@code group} is the sender's grouping of related alerts
 * (Alertmanager's and Grafana's groupKey, PagerDuty's payload.group), null without one.
 */
public record AlertSignal(AlertSource source, String dedupKey, AlertAction action, String episode, String summary,
                          String description, String severity, String service, Map<String, String> labels,
                          Instant startedAt, Instant endedAt, String sender, String group, AlertDefaults defaults) {

    public AlertSignal {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        defaults = defaults == null ? AlertDefaults.NONE : defaults;
    }

    /** The state a firing is recorded in when this signal is the first of it to arrive. */
    public AlertState arriving() {
        return action == AlertAction.RESOLVE ? AlertState.RESOLVED : AlertState.FIRING;
    }
}
