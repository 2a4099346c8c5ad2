package org.opsdesk.incident.domain;

/** How quickly the incident needs to be resolved; with the impact (severity) it gives the priority (IN-4). */
public enum Urgency { HIGH, MEDIUM, LOW }
