package org.opsdesk.incident.domain.alert;

public enum AlertAction { TRIGGER, ACKNOWLEDGE, RESOLVE }
