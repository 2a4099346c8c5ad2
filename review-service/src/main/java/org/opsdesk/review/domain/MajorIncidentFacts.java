package org.opsdesk.review.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of a major-incident.* event, as far as this service reads it (docs/events/README.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MajorIncidentFacts(UUID majorIncidentId, String number, String title, String type, String status,
                                 List<String> serviceIds, List<String> incidentIds, String impactSummary,
                                 Coordinator coordinator, Instant declaredAt, Object declaredBy, Instant resolvedAt,
                                 String resolutionSummary, List<TeamMember> team, Integer maxSeverity,
                                 Instant closedAt, StatusUpdate statusUpdate, UUID incidentId, Object reason) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coordinator(String name, String email, String role) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamMember(String name, String team, String role) {
        public String line() {
            return name + (team == null ? "" : " (" + team + (role == null ? "" : ", " + role) + ")");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StatusUpdate(String nature, Instant publishedAt) {
    }

    public List<String> services() {
        return serviceIds == null ? List.of() : serviceIds;
    }

    public List<String> incidents() {
        return incidentIds == null ? List.of() : incidentIds;
    }
}
