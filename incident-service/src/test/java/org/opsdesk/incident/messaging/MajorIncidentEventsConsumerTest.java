package org.opsdesk.incident.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.opsdesk.incident.IncidentApi.command;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.events;
import static org.opsdesk.incident.IncidentApi.types;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.EventsConfig;
import org.opsdesk.platform.testing.AdjustableClock;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.TopicReader;
import org.opsdesk.platform.testing.Records;

/** major-incident.events.v1: incidents are linked to their major incident and resolved with it (IN-13, IN-16). */
@QuarkusTest
class MajorIncidentEventsConsumerTest {

    private static final String EXAMPLE_INCIDENT = "0b6a4f52-9e1d-4c3a-8f2b-7d5e6c4b3a21";
    private static final String EXAMPLE_MAJOR_INCIDENT = "5d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";
    private static final String EXAMPLE_LINKED_INCIDENT = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

    @Inject
    MajorIncidentEventsConsumer consumer;

    @Inject
    EventInbox inbox;

    @Inject
    AdjustableClock clock;

    @Inject
    EventsConfig events;

    @ConfigProperty(name = "mp.messaging.incoming.major-incident-events.topic")
    String majorIncidentTopic;

    @ConfigProperty(name = "opsdesk.events.topic")
    String incidentTopic;

    /** The producer's example of {@code type}, about our incident and a fresh major incident, with a fresh event id. */
    private static String example(String type, String incidentId, String majorIncidentId) {
        String event = EventSchemas.example(type).replace(EXAMPLE_INCIDENT, incidentId).replace(EXAMPLE_MAJOR_INCIDENT, majorIncidentId);
        return event.replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
    }

    /** The example of major-incident.incident-linked: {@code incidentId} joins the major incident declared for {@code first}. */
    private static String linked(String incidentId, String first, String majorIncidentId) {
        return example("major-incident.incident-linked", first, majorIncidentId).replace(EXAMPLE_LINKED_INCIDENT, incidentId);
    }

    @Test
    void aDeclaredMajorIncidentDeliveredTwiceLinksTheIncidentOnce() {
        String incidentId = create(1, "Payroll down");
        String majorIncidentId = UUID.randomUUID().toString();
        String event = example("major-incident.declared", incidentId, majorIncidentId);

        TopicReader.send(majorIncidentTopic, majorIncidentId, event);
        TopicReader.send(majorIncidentTopic, majorIncidentId, event);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> desk().when().get("/api/v1/incidents/" + incidentId)
                .then().statusCode(200).body("majorIncidentId", equalTo(majorIncidentId)));
        JsonNode linked = events(incidentTopic, incidentId, "incident.major-incident-linked", 1).get(0);
        assertThat(linked.path("majorIncidentId").asText()).isEqualTo(majorIncidentId);
        assertThat(types(incidentTopic, incidentId, "incident.major-incident-linked").stream()
                .filter("incident.major-incident-linked"::equals)).hasSize(1);
    }

    @Test
    void anIncidentLinkedLaterJoinsTheMajorIncidentAndItsProblem() {
        String first = create(1, "Payroll portal returns 503");
        String later = create(3, "Cannot open my payslip");
        String majorIncidentId = UUID.randomUUID().toString();
        consumer.receive(Records.batch(example("major-incident.declared", first, majorIncidentId)));
        String linkedEvent = linked(later, first, majorIncidentId);
        consumer.receive(Records.batch(linkedEvent));
        consumer.receive(Records.batch(linkedEvent));
        desk().when().get("/api/v1/incidents?majorIncidentId=" + majorIncidentId).then().body("total", equalTo(2));
        assertThat(events(incidentTopic, later, "incident.major-incident-linked", 1)).hasSize(1);
        String problem = desk().when().get("/api/v1/problems?incidentId=" + first).then().body("items", hasSize(1))
                .body("items[0].majorIncidentId", equalTo(majorIncidentId)).extract().path("items[0].id");
        desk().when().get("/api/v1/problems/" + problem).then().body("majorIncidentId", equalTo(majorIncidentId));
    }

    @Test
    void whenTheMajorIncidentIsResolvedItsOpenIncidentsAreResolvedWithTheDisputeDeadline() {
        String open = create(1, "Payroll portal returns 503");
        String assigned = create(3, "Payslip page blank");
        command(assigned, "assign", "{\"team\": \"application-support\"}");
        String alreadyResolved = create(3, "Payroll slow");
        command(alreadyResolved, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"cache cleared\", \"confirmationMethod\": \"PHONE\"}");
        String majorIncidentId = UUID.randomUUID().toString();
        consumer.receive(Records.batch(example("major-incident.declared", open, majorIncidentId)));
        for (String id : new String[] {assigned, alreadyResolved}) {
            consumer.receive(Records.batch(linked(id, open, majorIncidentId)));
        }

        String resolved = example("major-incident.resolved", open, majorIncidentId);
        consumer.receive(Records.batch(resolved));
        consumer.receive(Records.batch(resolved));

        for (String id : new String[] {open, assigned}) {
            desk().when().get("/api/v1/incidents/" + id).then()
                    .body("status", equalTo("RESOLVED"))
                    .body("resolution.resolutionType", equalTo("WORKAROUND"))
                    .body("resolution.resolution", startsWith("Resolved with major incident MI-000042: Database failed over"))
                    .body("resolution.resolvedBy", equalTo("major-incident-service"))
                    .body("resolution.unconfirmedReason", equalTo("MAJOR_INCIDENT_RESOLVED"));
            JsonNode event = events(incidentTopic, id, "incident.resolved", 1).get(0);
            assertThat(event.path("unconfirmedReason").asText()).isEqualTo("MAJOR_INCIDENT_RESOLVED");
            assertThat(event.path("disputeDeadline").asText()).isNotBlank();
            assertThat(event.path("majorIncidentId").asText()).isEqualTo(majorIncidentId);
            assertThat(types(incidentTopic, id, "incident.resolved").stream().filter("incident.resolved"::equals)).hasSize(1);
        }
        desk().when().get("/api/v1/incidents/" + alreadyResolved).then().body("resolution.resolution", equalTo("cache cleared"));
        // the incidents of the major incident share one problem
        String problem = desk().when().get("/api/v1/problems?incidentId=" + open).then().body("items", hasSize(1))
                .extract().path("items[0].id");
        desk().when().get("/api/v1/problems?incidentId=" + assigned).then().body("items[0].id", equalTo(problem));
    }

    @Test
    void aMajorIncidentEventWithoutItsIdIsParkedAndTheNextEventStillFlows() {
        TopicReader.send(majorIncidentTopic, "poison", "this is not an event");
        String dlq = majorIncidentTopic.replace("major-incident.events.v1", "incident-service.dead-letter.v1");
        // the class's other tests park records on the same topic: wait for this one
        var parked = TopicReader.read(dlq, Duration.ofSeconds(20), read -> read.stream().anyMatch(r -> "this is not an event".equals(r.value())));
        assertThat(parked).filteredOn(r -> "this is not an event".equals(r.value())).singleElement()
                .satisfies(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> io.restassured.RestAssured.when().get("/q/metrics").then()
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*opsdesk_dead_letter_records\\{topic=\"" + java.util.regex.Pattern.quote(dlq)
                        + "\"\\} [1-9][0-9.E]*\\n.*")));

        String incidentId = create(2, "Mail slow");
        String majorIncidentId = UUID.randomUUID().toString();
        TopicReader.send(majorIncidentTopic, majorIncidentId, example("major-incident.declared", incidentId, majorIncidentId));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> desk().when().get("/api/v1/incidents/" + incidentId)
                .then().body("majorIncidentId", equalTo(majorIncidentId)));
    }

    @Test
    void processedIdsOlderThanTheRetentionArePrunedAndARecentRedeliveryIsStillSkipped() {
        Duration retention = events.inbox().retention();
        String oldEvent = example("major-incident.declared", create(1, "Printer queue stuck"), UUID.randomUUID().toString());
        String recentEvent = example("major-incident.declared", create(1, "Printer queue stuck again"), UUID.randomUUID().toString());
        try {
            clock.set(Instant.now().minus(retention).minus(Duration.ofHours(1)));
            consumer.receive(Records.batch(oldEvent));
            clock.set(Instant.now().minus(retention).plus(Duration.ofHours(1)));
            consumer.receive(Records.batch(recentEvent));
        } finally {
            clock.reset();
        }

        assertThat(inbox.prune(Instant.now())).isGreaterThanOrEqualTo(1);

        assertThat(inbox.receive(MajorIncidentEventsConsumer.CONSUMER, Records.record(recentEvent), e -> {
            throw new AssertionError("a redelivery within the retention ran again");
        })).as("recent redelivery skipped").isFalse();
        assertThat(inbox.receive(MajorIncidentEventsConsumer.CONSUMER, Records.record(oldEvent), e -> { }))
                .as("the id older than the retention was forgotten").isTrue();
    }
}
