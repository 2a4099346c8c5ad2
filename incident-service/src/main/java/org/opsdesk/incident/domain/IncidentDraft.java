package org.opsdesk.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What is known when an incident is logged (IN-2). */
public record IncidentDraft(Source source, String summary, String description, int severity, Urgency urgency,
                            String category, List<String> serviceIds, String customerOrg, Contact reporter,
                            Instant receivedAt, UUID followUpOf, boolean openedByAlert, String alertGroup) {

    public IncidentDraft {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }

    /** A draft not opened from an alert group. */
    public IncidentDraft(Source source, String summary, String description, int severity, Urgency urgency, String category,
                         List<String> serviceIds, String customerOrg, Contact reporter, Instant receivedAt, UUID followUpOf,
                         boolean openedByAlert) {
        this(source, summary, description, severity, urgency, category, serviceIds, customerOrg, reporter, receivedAt,
                followUpOf, openedByAlert, null);
    }
}
