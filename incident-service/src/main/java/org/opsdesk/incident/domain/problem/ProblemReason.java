package org.opsdesk.incident.domain.problem;

/** Why a problem was opened (IN-12): automatically for a workaround or a priority-1 incident, or by hand. */
public enum ProblemReason { WORKAROUND_RESOLUTION, PRIORITY_1, MANUAL }
