package org.opsdesk.incident.domain;

import java.time.Instant;
import java.util.UUID;

/** The data of the events on incident.events.v1; docs/events holds their schemas. */
public final class IncidentEvents {

    public static final String CREATED = "incident.created";

    public record Created(UUID incidentId, String number, String status, String source, String summary,
                          int severity, Instant createdAt) {
        public static Created of(Incident i) {
            return new Created(i.id(), i.number(), i.status().name(), i.source().name(), i.summary(), i.severity(), i.createdAt());
        }
    }

    public static final String LINKED_TO_MAJOR_INCIDENT = "incident.major-incident-linked";

    public record LinkedToMajorIncident(UUID incidentId, String number, UUID majorIncidentId) {
    }

    private IncidentEvents() {
    }
}
