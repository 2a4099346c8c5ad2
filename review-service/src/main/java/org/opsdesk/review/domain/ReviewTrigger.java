package org.opsdesk.review.domain;

import java.util.UUID;

/** What opened a review; its key is unique, so one trigger never opens two reviews. */
public enum ReviewTrigger {
    MAJOR_INCIDENT_RESOLVED, SEVERITY_1_INCIDENT, RECURRING_INCIDENTS;

    public static String majorIncidentKey(UUID majorIncidentId) {
        return "major-incident:" + majorIncidentId;
    }

    public static String severityOneKey(UUID incidentId) {
        return "severity-1:" + incidentId;
    }

    /** One recurrence review per service, category and first incident of the recurring run. */
    public static String recurrenceKey(String serviceId, String category, UUID firstIncidentId) {
        return "recurrence:" + serviceId + ":" + category + ":" + firstIncidentId;
    }
}
