package org.opsdesk.review.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of an incident.* event, as far as this service reads it (docs/events/README.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentFacts(UUID incidentId, String number, String status, String summary, Integer severity,
                            String priority, String category, List<String> serviceIds, Boolean significantService,
                            String customerOrg, Contact reporter, Instant createdAt, UUID majorIncidentId,
                            Instant at, String target, Instant resolvedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String name, String email) {
    }

    public List<String> services() {
        return serviceIds == null ? List.of() : serviceIds;
    }

    public boolean onSignificantService() {
        return Boolean.TRUE.equals(significantService);
    }
}
