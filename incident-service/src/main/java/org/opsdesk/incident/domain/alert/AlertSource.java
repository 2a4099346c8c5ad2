package org.opsdesk.incident.domain.alert;

/** The native format an alert arrived in (IN-17). */
public enum AlertSource { ALERTMANAGER, GRAFANA, PAGERDUTY, GENERIC }
