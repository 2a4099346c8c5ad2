package org.opsdesk.review.domain;

import java.time.Instant;
import java.util.UUID;

/** Which reviews to list; null means "any". {@code from}/{@code to} bound the opening time, {@code to} exclusive. */
public record ReviewFilter(UUID majorIncidentId, UUID incidentId, ReviewType type, ReviewStatus status, Boolean overdue,
                           Instant from, Instant to) {
}
