package org.opsdesk.review.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Events of the other services, built from the contract in docs/events/README.md (their producers are being
 * written in parallel, so this module does not rely on their example files).
 */
public final class TestEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestEvents() {
    }

    /** A major-incident.* event with the snapshot of docs/events/README.md. */
    public static ObjectNode majorIncident(String type, UUID majorIncidentId, List<UUID> incidentIds, Instant time) {
        ObjectNode data = MAPPER.createObjectNode();
        data.put("majorIncidentId", majorIncidentId.toString());
        data.put("number", "MI-" + String.format("%06d", Math.abs(majorIncidentId.hashCode() % 1_000_000)));
        data.put("title", "Payroll portal down");
        data.put("type", "OPERATIONAL");
        data.put("status", type.endsWith("resolved") ? "RESOLVED" : "DECLARED");
        data.putArray("serviceIds").add("payroll-portal");
        ArrayNode incidents = data.putArray("incidentIds");
        incidentIds.forEach(id -> incidents.add(id.toString()));
        data.put("impactSummary", "State employees cannot reach the payroll portal.");
        ObjectNode coordinator = data.putObject("coordinator");
        coordinator.put("name", "Maria Coordinator").put("email", "maria@opsdesk.example").put("phone", "+1 405 555 0100")
                .put("role", "ITOCC Manager");
        data.put("declaredAt", time.minusSeconds(3 * 3600).toString());
        data.put("declaredBy", "ITOCC Manager");
        data.put("disaster", false);
        data.putNull("bridge");
        data.putNull("latestStatus");
        data.putNull("dutyManager");
        data.putNull("resolvedAt");
        return envelope("/major-incident-service", type, majorIncidentId, time, data);
    }

    public static String majorIncidentResolved(UUID majorIncidentId, List<UUID> incidentIds, Instant resolvedAt) {
        return majorIncidentResolvedNode(majorIncidentId, incidentIds, resolvedAt).toString();
    }

    public static ObjectNode majorIncidentResolvedNode(UUID majorIncidentId, List<UUID> incidentIds, Instant resolvedAt) {
        ObjectNode event = majorIncident("major-incident.resolved", majorIncidentId, incidentIds, resolvedAt);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("resolvedAt", resolvedAt.toString());
        data.put("resolutionSummary", "Failed database node replaced; portal restored.");
        ArrayNode team = data.putArray("team");
        team.addObject().put("name", "Dana Database").put("team", "Database").put("role", "member");
        team.addObject().put("name", "Maria Coordinator").put("team", "ITOCC").put("role", "coordinator");
        data.put("maxSeverity", 1);
        return event;
    }

    /** An incident.* event with the flat snapshot of docs/events/README.md. */
    public static ObjectNode incident(String type, UUID incidentId, int severity, String category, List<String> serviceIds,
                                      Instant createdAt, Instant time) {
        ObjectNode data = MAPPER.createObjectNode();
        data.put("incidentId", incidentId.toString());
        data.put("number", "INC-" + String.format("%07d", Math.abs(incidentId.hashCode() % 10_000_000)));
        data.put("status", "NEW");
        data.put("source", "MONITORING");
        data.put("summary", "Payroll portal returns 503");
        data.put("severity", severity);
        data.put("urgency", "HIGH");
        data.put("priority", "P" + severity);
        data.put("category", category);
        ArrayNode services = data.putArray("serviceIds");
        serviceIds.forEach(services::add);
        data.put("significantService", false);
        data.put("customerOrg", "dept-of-revenue");
        data.putObject("reporter").put("name", "Rita Reporter").put("email", "rita@revenue.opsdesk.example").put("phone", "+1 405 555 0199");
        data.put("assignedTeam", "Applications");
        data.putNull("assignee");
        data.put("createdAt", createdAt.toString());
        data.putNull("majorIncidentId");
        return envelope("/incident-service", type, incidentId, time, data);
    }

    public static ObjectNode envelope(String source, String type, UUID subject, Instant time, ObjectNode data) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject.toString());
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    public static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }
}
