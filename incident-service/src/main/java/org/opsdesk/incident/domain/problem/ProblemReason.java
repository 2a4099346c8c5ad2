package org.opsdesk.incident.domain.problem;

/** Why a problem was opened (IN-12): automatically for a workaround, a priority-1 incident or an alert that keeps recurring, or by hand. */
public enum ProblemReason { WORKAROUND_RESOLUTION, PRIORITY_1, RECURRING_ALERT, MANUAL }
