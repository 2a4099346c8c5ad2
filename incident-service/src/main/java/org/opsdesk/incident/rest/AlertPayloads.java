package org.opsdesk.incident.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The native alert formats, as their senders post them. Fields this service does not use are accepted and
 * ignored, because the senders add fields between versions.
 */
final class AlertPayloads {

    private AlertPayloads() {
    }

    /** Prometheus Alertmanager webhook, version 4: a group of alerts, firing and resolved mixed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AlertmanagerWebhook(@NotBlank @Pattern(regexp = "4", message = "only version 4 of the webhook is supported") String version,
                               String groupKey, Integer truncatedAlerts, String status, String receiver,
                               Map<String, String> groupLabels, Map<String, String> commonLabels,
                               Map<String, String> commonAnnotations, String externalURL,
                               @NotNull List<@Valid @NotNull AlertmanagerAlert> alerts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AlertmanagerAlert(@NotNull @Pattern(regexp = "firing|resolved") String status,
                             @NotEmpty Map<String, String> labels, Map<String, String> annotations,
                             @NotNull Instant startsAt, Instant endsAt, String generatorURL,
                             @Size(max = 255) String fingerprint) {
    }

    /**
     * Grafana-managed alerting's webhook contact point (version "1"): Alertmanager's group with Grafana's additions
     * (title, state, message; per alert the dashboard and panel links and the values of the query).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GrafanaWebhook(String receiver, String status, Long orgId,
                          @NotNull List<@Valid @NotNull GrafanaAlert> alerts,
                          Map<String, String> groupLabels, Map<String, String> commonLabels,
                          Map<String, String> commonAnnotations, String externalURL, String version, String groupKey,
                          Integer truncatedAlerts, String title, String state, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GrafanaAlert(@NotNull @Pattern(regexp = "firing|resolved") String status,
                        @NotEmpty Map<String, String> labels, Map<String, String> annotations,
                        @NotNull Instant startsAt, Instant endsAt, String generatorURL,
                        @Size(max = 255) String fingerprint, String silenceURL, String dashboardURL, String panelURL,
                        Map<String, Object> values, String valueString, String imageURL) {

        AlertmanagerAlert asAlertmanagerAlert() {
            return new AlertmanagerAlert(status, labels, annotations, startsAt, endsAt,
                    dashboardURL != null && !dashboardURL.isBlank() ? dashboardURL : generatorURL, fingerprint);
        }
    }

    /** PagerDuty Events API v2. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PagerDutyEvent(@JsonProperty("routing_key") String routingKey,
                          @JsonProperty("event_action") @NotNull @Pattern(regexp = "trigger|acknowledge|resolve") String eventAction,
                          @JsonProperty("dedup_key") @Size(min = 1, max = 255) String dedupKey,
                          @Valid PagerDutyPayload payload, String client,
                          @JsonProperty("client_url") String clientUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PagerDutyPayload(@NotBlank @Size(max = 1024) String summary, @NotBlank @Size(max = 255) String source,
                            @NotNull @Pattern(regexp = "critical|error|warning|info") String severity,
                            @Size(max = 64) String timestamp, @Size(max = 255) String component, @Size(max = 255) String group,
                            @JsonProperty("class") @Size(max = 255) String type,
                            @JsonProperty("custom_details") Map<String, Object> customDetails) {
    }

    /** The simple generic alert of this service. */
    record GenericAlert(@NotBlank @Size(max = 64) String source, @NotBlank @Size(max = 190) String dedupKey,
                        @NotNull @Pattern(regexp = "FIRING|RESOLVED") String status, @Size(max = 32) String severity,
                        @Size(max = 64) String service, @Size(max = 1024) String summary, @Size(max = 100) String customerOrg,
                        Map<String, Object> details, Instant startsAt) {
    }

    record Outcome(String dedupKey, String outcome, String incidentId, String incidentNumber) {
    }

    record AlertmanagerAnswer(List<Outcome> results) {
    }

    /** PagerDuty's own answer shape, so its clients read it, plus what happened. */
    record PagerDutyAnswer(String status, String message, @JsonProperty("dedup_key") String dedupKey, Outcome result) {
    }
}
