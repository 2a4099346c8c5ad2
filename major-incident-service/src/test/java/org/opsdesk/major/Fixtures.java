package org.opsdesk.major;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opsdesk.platform.testing.AdjustableClock;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.TopicReader;

/** Test data made through the API, and the events read back from the topic. */
public final class Fixtures {

    public static final String ITOCC = bearer("ivy.itocc", "itocc");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /** A bearer token of {@code name} holding {@code groups}. */
    public static String bearer(String name, String... groups) {
        return "Bearer " + Tokens.token(name, null, groups);
    }

    /** An instant no other test uses, so the roster on duty then is this test's own. */
    public static Instant uniqueInstant(AdjustableClock clock) {
        long minutes = ThreadLocalRandom.current().nextLong(0, 60L * 24 * 365 * 200);
        Instant at = Instant.parse("2100-01-01T00:00:00Z").plus(minutes, ChronoUnit.MINUTES);
        clock.set(at);
        return at;
    }

    public static String uniqueService() {
        return "svc-" + UUID.randomUUID();
    }

    public static String onDuty(String dutyRole, String name, Instant at) {
        return given().header("Authorization", ITOCC).contentType("application/json")
                .body("""
                        {"dutyRole": "%s", "name": "%s", "email": "%s@example.org", "phone": "+1 405 555 0100",
                         "username": "%s", "startsAt": "%s", "endsAt": "%s"}
                        """.formatted(dutyRole, name, name.toLowerCase().replace(' ', '.'),
                        name.toLowerCase().replace(' ', '.'), at.minus(Duration.ofHours(1)), at.plus(Duration.ofHours(8))))
                .when().post("/api/v1/roster").then().statusCode(201).extract().path("id");
    }

    public static String declare(String service, String... incidentIds) {
        return declareOfType("OPERATIONAL", service, incidentIds);
    }

    public static String declareOfType(String type, String service, String... incidentIds) {
        String incidents = String.join(",", java.util.Arrays.stream(incidentIds).map(id -> "\"" + id + "\"").toList());
        return given().header("Authorization", ITOCC).contentType("application/json")
                .body("""
                        {"title": "Payroll portal down", "type": "%s", "serviceIds": ["%s"],
                         "impactSummary": "Nobody can submit timesheets", "incidentIds": [%s]}
                        """.formatted(type, service, incidents))
                .when().post("/api/v1/major-incidents").then().statusCode(201).extract().path("id");
    }

    /** An incident.* event as incident-service publishes it (docs/events/README.md: the flat incident snapshot). */
    public static String incidentEvent(String type, String incidentId, int severity, String service, boolean significant,
                                       Instant createdAt) {
        String number = number(incidentId);
        return """
                {"specversion": "1.0", "id": "%s", "source": "/incident-service", "type": "%s", "subject": "%s",
                 "time": "%s", "datacontenttype": "application/json",
                 "data": {"incidentId": "%s", "number": "%s", "status": "%s", "source": "MONITORING",
                          "summary": "Payroll portal returns 503 for all users", "severity": %d, "urgency": "HIGH",
                          "priority": "P%d", "category": "SOFTWARE", "serviceIds": ["%s"], "significantService": %s,
                          "customerOrg": "dept-of-revenue", "reporter": {"name": "Pat", "email": "pat@example.org", "phone": null},
                          "assignedTeam": "Payroll Apps", "assignee": null, "createdAt": "%s", "majorIncidentId": null,
                          "possibleDuplicateIds": []}}
                """.formatted(UUID.randomUUID(), type, incidentId, createdAt, incidentId, number,
                type.equals("incident.resolved") ? "RESOLVED" : "NEW", severity, severity, service, significant, createdAt);
    }

    /** The event as incident-service publishes it for an incident opened by an alert that started at {@code startsAt}. */
    public static String withAlertStart(String incidentEvent, Instant startsAt) {
        return incidentEvent.replace("\"majorIncidentId\": null", "\"alertStartsAt\": \"" + startsAt + "\", \"majorIncidentId\": null");
    }

    /** The event with snapshot fields added, e.g. {@code "alertGroup": "g"} (as incident-service publishes them). */
    public static String with(String incidentEvent, String fields) {
        return incidentEvent.replace("\"majorIncidentId\": null", fields + ", \"majorIncidentId\": null");
    }

    public static String number(String incidentId) {
        return "INC-%07d".formatted(Math.abs(incidentId.hashCode()) % 10_000_000);
    }

    /** The events of one subject, in order, once {@code count} of them are there; each is schema-checked. */
    public static List<JsonNode> events(String topic, String subject, int count) {
        List<ConsumerRecord<String, String>> records = TopicReader.read(topic, Duration.ofSeconds(20),
                read -> read.stream().filter(r -> subject.equals(r.key())).count() >= count);
        return records.stream().filter(r -> subject.equals(r.key())).map(r -> {
            EventSchemas.assertValid(r.value());
            return json(r.value());
        }).toList();
    }

    public static List<JsonNode> events(String topic, String subject, String type, int count) {
        List<ConsumerRecord<String, String>> records = TopicReader.read(topic, Duration.ofSeconds(20),
                read -> read.stream().filter(r -> subject.equals(r.key()) && r.value().contains("\"" + type + "\"")).count() >= count);
        return records.stream().filter(r -> subject.equals(r.key())).map(r -> {
            EventSchemas.assertValid(r.value());
            return json(r.value());
        }).filter(e -> e.path("type").asText().equals(type)).toList();
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
