package org.opsdesk.review.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Recurring significant incidents need a PIR (004 §3.7): {@code threshold} or more significant incidents on one
 * service and category within {@code window}. An incident is significant when its severity is at most
 * {@code significantMaxSeverity} or it affects a service the catalog marks significant.
 */
public record RecurrencePolicy(boolean enabled, int threshold, Duration window, int significantMaxSeverity) {

    public boolean significant(Integer severity, boolean significantService) {
        return significantService || (severity != null && severity <= significantMaxSeverity);
    }

    public boolean recurring(long incidentsInWindow) {
        return enabled && incidentsInWindow >= threshold;
    }

    public Instant windowStart(Instant at) {
        return at.minus(window);
    }
}
