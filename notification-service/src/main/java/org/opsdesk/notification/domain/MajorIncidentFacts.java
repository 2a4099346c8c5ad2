package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The snapshot a major-incident event carries (docs/events/README.md), plus what some types add. Every message and
 * the status page are built from the latest one alone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MajorIncidentFacts(UUID majorIncidentId, String number, String title, String type, String status,
                                 List<String> serviceIds, String impactSummary, Person coordinator,
                                 Instant declaredAt, String declaredBy, Boolean disaster, Bridge bridge,
                                 StatusItems latestStatus, StatusItems statusUpdate, Person dutyManager,
                                 Instant resolvedAt, String resolutionSummary, Instant closedAt) {

    public MajorIncidentFacts {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        if (latestStatus == null) {
            latestStatus = statusUpdate;
        }
        statusUpdate = null;
    }

    /** This snapshot, keeping what only earlier event types carried (the resolution summary, the last status). */
    public MajorIncidentFacts carryingOver(MajorIncidentFacts previous) {
        if (previous == null) {
            return this;
        }
        return new MajorIncidentFacts(majorIncidentId, number, title, type, status, serviceIds, impactSummary,
                coordinator != null ? coordinator : previous.coordinator, declaredAt != null ? declaredAt : previous.declaredAt,
                declaredBy, disaster, bridge != null ? bridge : previous.bridge,
                latestStatus != null ? latestStatus : previous.latestStatus, null,
                dutyManager != null ? dutyManager : previous.dutyManager,
                resolvedAt != null ? resolvedAt : previous.resolvedAt,
                resolutionSummary != null ? resolutionSummary : previous.resolutionSummary,
                closedAt != null ? closedAt : previous.closedAt);
    }

    public boolean isOpen() {
        return !"RESOLVED".equals(status) && !"CLOSED".equals(status);
    }

    public Instant statusPublishedAt() {
        return latestStatus == null ? null : latestStatus.publishedAt();
    }

    public String reference() {
        return number != null ? number : majorIncidentId.toString();
    }
}
