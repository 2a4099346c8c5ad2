package org.opsdesk.incident.domain;

public enum IncidentStatus { NEW }
