package org.opsdesk.incident.domain.integration;

/** What posts with an integration's key, and so which alert route its key opens (docs/integrations.md). */
public enum IntegrationKind {
    /** Prometheus Alertmanager webhook: {@code /api/v1/alerts/alertmanager}. */
    ALERTMANAGER,
    /** Grafana-managed alerting's webhook contact point: {@code /api/v1/alerts/grafana}. */
    GRAFANA,
    /** PagerDuty Events API v2 senders: {@code /v2/enqueue} and {@code /api/v1/alerts/events}. */
    PAGERDUTY_EVENTS,
    /** This service's generic JSON alert: {@code /api/v1/alerts}. */
    GENERIC
}
