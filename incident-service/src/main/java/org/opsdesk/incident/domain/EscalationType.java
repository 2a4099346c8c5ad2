package org.opsdesk.incident.domain;

/** FUNCTIONAL: to the next tier of the team's escalation path; HIERARCHICAL: to the team's management (IN-8). */
public enum EscalationType { FUNCTIONAL, HIERARCHICAL }
