package org.opsdesk.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The filters of an incident list; null or empty means "any". {@code sort} is a field, "-" first for descending.
 * {@code updatedSince} makes it a change feed: incidents changed since then (after {@code afterId} at that very
 * instant), oldest change first, then by id.
 */
public record IncidentQuery(List<IncidentStatus> statuses, Source source, String serviceId, String customerOrg,
                            Integer severity, Priority priority, String assignedTeam, String assignee, Boolean breached,
                            UUID majorIncidentId, String text, String sort, Instant updatedSince, UUID afterId) {

    public IncidentQuery withCustomerOrg(String org) {
        return new IncidentQuery(statuses, source, serviceId, org, severity, priority, assignedTeam, assignee, breached,
                majorIncidentId, text, sort, updatedSince, afterId);
    }
}
