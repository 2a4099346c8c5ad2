package org.opsdesk.incident;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.TopicReader;

/** Shortcuts for the API tests: callers, incidents, and the events an incident produced. */
public final class IncidentApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IncidentApi() {
    }

    public static RequestSpecification as(String name, String org, String... roles) {
        return given().header("Authorization", Tokens.bearer(name, org, roles)).contentType("application/json");
    }

    /** Without a content type: for commands that take no body. */
    public static RequestSpecification withoutBody(String name, String... roles) {
        return given().header("Authorization", Tokens.bearer(name, (String) null, roles));
    }

    public static RequestSpecification desk() {
        return as("sam.desk", null, "service-desk");
    }

    public static RequestSpecification admin() {
        return as("ada.admin", null, "admin");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Logs an incident as the service desk and answers its id. */
    public static String create(String body) {
        return desk().body(body).when().post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }

    public static String create(int severity, String summary) {
        return create("""
                {"source": "PHONE", "summary": "%s", "severity": %d, "customerOrg": "dept-of-revenue",
                 "reporter": {"name": "Pat Reporter", "email": "pat@revenue.example", "phone": "+1-405-555-0142"}}
                """.formatted(summary, severity));
    }

    public static String command(String id, String command, String body) {
        return desk().body(body).when().post("/api/v1/incidents/" + id + "/" + command).then().statusCode(200)
                .extract().path("status");
    }

    /** The {@code type} events of one incident once {@code count} are there, each checked against its schema. */
    public static List<JsonNode> events(String topic, String incidentId, String type, int count) {
        List<ConsumerRecord<String, String>> records = TopicReader.read(topic, Duration.ofSeconds(20),
                read -> read.stream().filter(r -> matches(r, incidentId, type)).count() >= count);
        return records.stream().filter(r -> matches(r, incidentId, type)).map(r -> {
            EventSchemas.assertValid(r.value());
            return json(r.value()).path("data");
        }).toList();
    }

    /** The first {@code type} event keyed {@code key} that {@code wanted} accepts (whole envelope), checked against its schema. */
    public static JsonNode event(String topic, String key, String type, Predicate<JsonNode> wanted) {
        Predicate<ConsumerRecord<String, String>> match = r -> matches(r, key, type) && wanted.test(json(r.value()));
        List<ConsumerRecord<String, String>> records = TopicReader.read(topic, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(match));
        String found = records.stream().filter(match).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " keyed " + key + " as wanted on " + topic)).value();
        EventSchemas.assertValid(found);
        return json(found);
    }

    /** Every event of one incident published so far, after waiting for {@code last} to appear. */
    public static List<String> types(String topic, String incidentId, String last) {
        List<ConsumerRecord<String, String>> records = TopicReader.read(topic, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> matches(r, incidentId, last)));
        return records.stream().filter(r -> incidentId.equals(r.key()))
                .map(r -> json(r.value()).path("type").asText()).toList();
    }

    private static boolean matches(ConsumerRecord<String, String> record, String incidentId, String type) {
        return incidentId.equals(record.key()) && record.value().contains("\"type\":\"" + type + "\"");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
