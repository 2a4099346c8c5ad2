package org.opsdesk.major.domain;

import java.util.List;
import java.util.UUID;

/** What a list of major incidents is narrowed to; null (or empty) means any. */
public record MajorIncidentFilter(List<MajorIncidentStatus> statuses, UUID incidentId, String serviceId) {
}
