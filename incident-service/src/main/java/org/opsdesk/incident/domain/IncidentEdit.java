package org.opsdesk.incident.domain;

import java.util.List;

/** A triage correction of an incident's fields; null leaves a field as it is. */
public record IncidentEdit(String summary, String description, Integer severity, Urgency urgency, String category,
                           List<String> serviceIds, String customerOrg, Contact reporter) {
}
