package org.opsdesk.notification.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the events other services produce, following docs/events/README.md (their example files may not exist yet). */
public final class TestEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestEvents() {
    }

    public static String envelope(String source, String type, String subject, Instant time, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A major incident's snapshot; change it with {@link Map#put} before {@link #majorIncident}. */
    public static Map<String, Object> majorIncidentSnapshot(UUID id, String number, String title, Instant declaredAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("majorIncidentId", id.toString());
        data.put("number", number);
        data.put("title", title);
        data.put("type", "OPERATIONAL");
        data.put("status", "DECLARED");
        data.put("serviceIds", List.of("payroll-portal", "hr-self-service"));
        data.put("incidentIds", List.of(UUID.randomUUID().toString()));
        data.put("impactSummary", "State employees cannot reach the payroll portal");
        data.put("coordinator", Map.of("name", "Casey Coordinator", "email", "coordinator-" + number.toLowerCase() + "@opsdesk.example",
                "phone", "+14055550111", "role", "ITOCC Manager"));
        data.put("declaredAt", declaredAt.toString());
        data.put("declaredBy", "itocc.manager");
        data.put("disaster", false);
        data.put("bridge", Map.of("dialIn", "405-522-4900", "accessCode", "77814269", "url", "https://bridge.opsdesk.example/mi"));
        data.put("latestStatus", null);
        data.put("dutyManager", Map.of("name", "Dana Duty", "email", "duty@opsdesk.example", "phone", "+14055550199"));
        data.put("resolvedAt", null);
        return data;
    }

    public static Map<String, Object> statusItems(String nature, String impact, Instant eta, Instant next, Instant publishedAt) {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("nature", nature);
        items.put("impact", impact);
        items.put("remediationMetric", "Portal answers 99% of logins within 2 s for 30 minutes");
        items.put("remediationSteps", "Fail over the database to the standby site");
        items.put("estimatedRemediationAt", eta.toString());
        items.put("nextUpdateAt", next.toString());
        items.put("publishedAt", publishedAt.toString());
        items.put("publishedBy", "casey.coordinator");
        return items;
    }

    public static String majorIncident(String type, Map<String, Object> snapshot, Instant time) {
        return envelope("/major-incident-service", type, (String) snapshot.get("majorIncidentId"), time, snapshot);
    }

    public static String uniqueNumber(String prefix) {
        return prefix + "-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** An incident's flat snapshot (incident.* events). */
    public static Map<String, Object> incidentSnapshot(UUID id, String number, int severity, String customerOrg,
                                                       String reporterEmail, Instant createdAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentId", id.toString());
        data.put("number", number);
        data.put("status", "NEW");
        data.put("source", "PHONE");
        data.put("summary", "Email is down for the finance floor");
        data.put("severity", severity);
        data.put("urgency", "HIGH");
        data.put("priority", "P" + severity);
        data.put("category", "EMAIL");
        data.put("serviceIds", List.of("email"));
        data.put("significantService", false);
        data.put("customerOrg", customerOrg);
        data.put("reporter", Map.of("name", "Riley Reporter", "email", reporterEmail, "phone", "+14055550122"));
        data.put("assignedTeam", "messaging");
        data.put("assignee", null);
        data.put("createdAt", createdAt.toString());
        data.put("majorIncidentId", null);
        return data;
    }

    /** A roster shift as major-incident-service's duty-shift events carry it (docs/events/major-incident.duty-shift-*). */
    public static String dutyShift(String type, UUID shiftId, boolean dutyManager, String name, String phone,
                                   Instant startsAt, Instant endsAt) {
        return dutyShift(type, shiftId, dutyManager ? "DUTY_MANAGER" : "CIO", name, null, phone, startsAt, endsAt);
    }

    public static String dutyShift(String type, UUID shiftId, String dutyRole, String name, String username, String phone,
                                   Instant startsAt, Instant endsAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("shiftId", shiftId.toString());
        data.put("dutyRole", dutyRole);
        data.put("dutyManager", dutyRole.equals("DUTY_MANAGER"));
        data.put("name", name);
        data.put("username", username);
        data.put("phone", phone);
        data.put("startsAt", startsAt.toString());
        data.put("endsAt", endsAt.toString());
        return envelope("/major-incident-service", type, shiftId.toString(), Instant.now(), data);
    }

    public static String incident(String type, Map<String, Object> snapshot, Instant time) {
        return envelope("/incident-service", type, (String) snapshot.get("incidentId"), time, snapshot);
    }
}
