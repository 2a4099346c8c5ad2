package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The flat incident snapshot of incident.* events, with the fields resolved and referred add. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentFacts(UUID incidentId, String number, String status, String summary, Integer severity,
                            String priority, List<String> serviceIds, String customerOrg, Person reporter,
                            String assignedTeam, Instant createdAt, UUID majorIncidentId, String resolutionType,
                            String resolution, Instant resolvedAt, Instant disputeDeadline, Person helpDesk) {

    public IncidentFacts {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
    }

    /** Severity 1 and 2 incidents are communicated to every organisation they affect (004 §3.4, CO-3). */
    public boolean concernsCustomers() {
        return severity != null && severity <= 2;
    }

    public String reference() {
        return number != null ? number : incidentId.toString();
    }
}
