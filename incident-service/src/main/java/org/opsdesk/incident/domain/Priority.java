package org.opsdesk.incident.domain;

/** The order of handling, from the priority matrix (IN-4). */
public enum Priority { P1, P2, P3, P4, P5 }
