package org.opsdesk.incident.domain;

import java.time.Duration;

/** The targets an SLA policy sets for one organisation and priority. */
public record SlaTerms(SlaHours hours, Duration responseTarget, Duration resolutionTarget) {
}
