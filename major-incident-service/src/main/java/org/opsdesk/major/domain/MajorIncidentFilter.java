package org.opsdesk.major.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a list of major incidents is narrowed to; null (or empty) means any. {@code updatedSince} makes it a change
 * feed: changed since then (after {@code afterId} at that very instant), oldest change first, then by id.
 */
public record MajorIncidentFilter(List<MajorIncidentStatus> statuses, UUID incidentId, String serviceId, Instant updatedSince,
                                  UUID afterId) {
}
