package org.opsdesk.incident.domain.alert;

public enum AlertState { FIRING, ACKNOWLEDGED, RESOLVED }
