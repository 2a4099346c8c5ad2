package org.opsdesk.notification.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.opsdesk.platform.testing.ChangeLogApi.entries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Scenario;
import org.opsdesk.platform.testing.ChangeLogApi;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.TopicReader;

/**
 * Every change of a contact, an audience or a communication plan names who made it and when, in the change log
 * (issue 9), and is published on notification.events.v1 without addresses or phone numbers (issue 20).
 */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class ChangeLogTest extends ClockedTest {

    @Inject
    MajorIncidentEventsConsumer consumer;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @Test
    void contactsAndAudiencesNameWhoChangedThemAndWhen() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String contact = "riley-" + suffix;
        String audience = "team-" + suffix;
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant t1 = t0.plusSeconds(60);
        Instant t2 = t1.plusSeconds(60);
        clock.set(t0);
        as("cleo.comms", "communications", "PUT", "/api/v1/contacts/" + contact, Map.of("name", "Riley", "email", "riley@agency.example"), 201);
        as("cleo.comms", "communications", "PUT", "/api/v1/audiences/" + audience,
                Map.of("name", "Team", "communicator", "ITOCC", "channel", "EMAIL", "members", List.of(contact)), 201);
        clock.set(t1);
        as("sam.desk", "service-desk", "PUT", "/api/v1/contacts/" + contact, Map.of("name", "Riley", "phone", "+1 405 555 0100"), 200);
        as("ian.itocc", "itocc", "PUT", "/api/v1/audiences/" + audience,
                Map.of("name", "Team", "communicator", "ITOCC", "channel", "EMAIL"), 200);
        clock.set(t2);
        as("ian.itocc", "itocc", "DELETE", "/api/v1/audiences/" + audience, null, 204);
        as("ian.itocc", "itocc", "DELETE", "/api/v1/contacts/" + contact, null, 204);

        entries("contact", contact).body("items.action", contains("DELETED", "UPDATED", "CREATED"))
                .body("items.actor", contains("ian.itocc", "sam.desk", "cleo.comms"))
                .body("items.at", contains(t2.toString(), t1.toString(), t0.toString()))
                .body("items.summary", contains("name: Riley, phone: +1 405 555 0100",
                        "email: riley@agency.example → none; phone: none → +1 405 555 0100", "name: Riley, email: riley@agency.example"));
        entries("audience", audience).body("items.action", contains("DELETED", "UPDATED", "CREATED"))
                .body("items.actor", contains("ian.itocc", "ian.itocc", "cleo.comms"))
                .body("items[1].summary", equalTo("members: [" + contact + "] → []"));

        ChangeLogApi.assertReadOnly(em, contact);

        assertThat(published(contact, "notification.contact-changed", 3))
                .extracting(data -> data.path("action").asText() + " " + data.path("hasEmail") + " " + data.path("hasPhone"))
                .containsExactly("CREATED true false", "UPDATED false true", "DELETED false true");
        assertThat(published(audience, "notification.audience-changed", 3))
                .extracting(data -> data.path("action").asText() + " " + data.path("members"))
                .containsExactly("CREATED [\"" + contact + "\"]", "UPDATED []", "DELETED []");
    }

    @Test
    void adjustingACommunicationPlanNamesWhoAndWhatChanged() {
        Fixtures.defaultPlan();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Change log", t0);
        clock.set(t0.plusSeconds(10));
        as("cleo.comms", "communications", "PUT", "/api/v1/major-incidents/" + mi.id + "/communication-plan",
                Map.of("audiences", List.of(Map.of("audience", "executive-updates", "name", "Executives", "communicator", "ITOCC",
                        "channel", "EMAIL", "cadence", "PT30S", "members", List.of("executive-sponsors")))), 200);

        entries("communication-plan", mi.id.toString()).body("items.action", contains("UPDATED"))
                .body("items.actor", contains("cleo.comms")).body("items.at", contains(t0.plusSeconds(10).toString()))
                .body("items[0].summary", startsWith("removed: leadership-text, customer-bulletin, status-page; changed: executive-updates ("));
        JsonNode adjusted = published(mi.id.toString(), "notification.plan-adjusted", 1).get(0);
        assertThat(adjusted.path("audiences").toString())
                .isEqualTo("[{\"audience\":\"executive-updates\",\"channel\":\"EMAIL\",\"cadence\":\"PT30S\"}]");
        assertThat(adjusted.path("removed").toString()).isEqualTo("[\"leadership-text\",\"customer-bulletin\",\"status-page\"]");
        assertThat(adjusted.path("changed").toString()).isEqualTo("[\"executive-updates\"]");
    }

    /** The data of the {@code type} events keyed {@code key}, in order, once {@code count} are there; each valid, none with an address. */
    private List<JsonNode> published(String key, String type, int count) {
        Predicate<ConsumerRecord<String, String>> match = r -> key.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\"");
        List<String> events = TopicReader.read(topic, Duration.ofSeconds(20), read -> read.stream().filter(match).count() >= count)
                .stream().filter(match).map(ConsumerRecord::value).toList();
        assertThat(events).hasSize(count).allSatisfy(EventSchemas::assertValid)
                .noneSatisfy(e -> assertThat(e).containsAnyOf("@agency.example", "555 0100"));
        return events.stream().map(ChangeLogTest::data).toList();
    }

    private static JsonNode data(String event) {
        try {
            return new ObjectMapper().readTree(event).path("data");
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + event, e);
        }
    }

    private static void as(String name, String role, String method, String path, Map<String, Object> body, int status) {
        var request = given().header("Authorization", "Bearer " + Tokens.token(name, null, role));
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        request.when().request(method, path).then().statusCode(status);
    }
}
