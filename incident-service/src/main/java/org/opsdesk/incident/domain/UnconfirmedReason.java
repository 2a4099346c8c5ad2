package org.opsdesk.incident.domain;

/** Why an incident was resolved without the customer confirming the resolution (001 §5.8, §6.2). */
public enum UnconfirmedReason { CUSTOMER_UNREACHABLE, ALERT_CLEARED, MAJOR_INCIDENT_RESOLVED }
