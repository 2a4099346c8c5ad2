package org.opsdesk.review.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.opsdesk.review.support.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.testing.TopicReader;
import org.opsdesk.platform.testing.UnknownEvents;
import org.opsdesk.review.support.Db;
import org.opsdesk.review.support.TestEvents;
import org.opsdesk.review.support.Topics;
import org.opsdesk.platform.testing.Records;

/** RV-4: a PIR for every severity-1 incident and for recurring significant incidents, never two for one trigger. */
@QuarkusTest
class IncidentEventsConsumerTest {

    @Inject
    EventInbox inbox;

    @Inject
    IncidentEventsConsumer consumer;

    @Inject
    Db db;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @ConfigProperty(name = "mp.messaging.incoming.incident-events.topic")
    String incidentTopic;

    @Test
    void aSeverityOneIncidentGetsOnePirWhoseDeadlineRunsFromItsResolution() {
        UUID incident = UUID.randomUUID();
        List<String> services = List.of("email-" + incident);
        Instant created = Instant.parse("2026-11-24T15:00:00Z");
        String event = TestEvents.incident("incident.created", incident, 1, "network", services, created, created).toString();
        consumer.receive(Records.batch(event));
        consumer.receive(Records.batch(event));
        consumer.receive(Records.batch(TestEvents.incident("incident.updated", incident, 1, "network", services, created,
                created.plusSeconds(60)).toString()));

        assertThat(db.count("select count(*) from review where incident_id = ?1", incident)).isEqualTo(1);
        String id = as("technician").queryParam("incidentId", incident.toString()).when().get("/api/v1/reviews")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].type", equalTo("PIR"))
                .body("items[0].trigger", equalTo("SEVERITY_1_INCIDENT"))
                .body("items[0].incidentId", equalTo(incident.toString()))
                .body("items[0].owner", equalTo(null))
                .body("items[0].ownerAudience", equalTo("problem-management"))
                .body("items[0].deliverables.kind", containsInAnyOrder("FINAL"))
                .body("items[0].deliverables[0].dueAt", equalTo(null))
                .extract().path("items[0].id");

        var resolved = TestEvents.incident("incident.resolved", incident, 1, "network", services, created,
                Instant.parse("2026-11-25T20:00:00Z"));
        TestEvents.data(resolved).put("resolvedAt", "2026-11-25T20:00:00Z");
        consumer.receive(Records.batch(resolved.toString()));

        as("technician").when().get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("deliverables[0].dueAt", equalTo("2026-12-04T23:00:00Z"));
        assertThat(Topics.events(topic, id, "review.opened", 1).get(0)).contains("\"trigger\":\"SEVERITY_1_INCIDENT\"");
        assertThat(Topics.settled(topic, id, "review.opened", Duration.ofSeconds(1))).hasSize(1);
    }

    @Test
    void lessSevereIncidentsGetNoPirOfTheirOwn() {
        UUID incident = UUID.randomUUID();
        Instant created = Instant.parse("2026-11-24T15:00:00Z");
        consumer.receive(Records.batch(TestEvents.incident("incident.created", incident, 2, "network", List.of("svc-" + incident), created, created)
                .toString()));
        assertThat(db.count("select count(*) from review where incident_id = ?1", incident)).isZero();
    }

    @Test
    void threeSignificantIncidentsOnOneServiceAndCategoryWithin30DaysOpenOneRecurrencePir() {
        String service = "svc-" + UUID.randomUUID();
        List<UUID> incidents = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<Instant> created = List.of(Instant.parse("2026-10-01T15:00:00Z"), Instant.parse("2026-10-12T15:00:00Z"),
                Instant.parse("2026-10-25T15:00:00Z"), Instant.parse("2026-10-27T15:00:00Z"));
        // a severity-3 incident on a service not marked significant does not count, nor does another category
        consumer.receive(Records.batch(TestEvents.incident("incident.created", UUID.randomUUID(), 3, "software", List.of(service),
                Instant.parse("2026-10-20T15:00:00Z"), Instant.parse("2026-10-20T15:00:00Z")).toString()));
        consumer.receive(Records.batch(TestEvents.incident("incident.created", UUID.randomUUID(), 2, "network", List.of(service),
                Instant.parse("2026-10-21T15:00:00Z"), Instant.parse("2026-10-21T15:00:00Z")).toString()));
        for (int i = 0; i < 2; i++) {
            consumer.receive(Records.batch(TestEvents.incident("incident.created", incidents.get(i), 2, "software", List.of(service),
                    created.get(i), created.get(i)).toString()));
        }
        assertThat(recurrenceReviews(service)).isZero();

        String third = TestEvents.incident("incident.created", incidents.get(2), 2, "software", List.of(service),
                created.get(2), created.get(2)).toString();
        consumer.receive(Records.batch(third));
        consumer.receive(Records.batch(third));
        consumer.receive(Records.batch(TestEvents.incident("incident.created", incidents.get(3), 2, "software", List.of(service),
                created.get(3), created.get(3)).toString()));

        assertThat(recurrenceReviews(service)).isEqualTo(1);
        as("technician").queryParam("incidentId", incidents.get(2).toString()).when().get("/api/v1/reviews")
                .then().statusCode(200)
                .body("items[0].trigger", equalTo("RECURRING_INCIDENTS"))
                .body("items[0].incidentIds", containsInAnyOrder(incidents.get(0).toString(), incidents.get(1).toString(),
                        incidents.get(2).toString()))
                .body("items[0].serviceIds", containsInAnyOrder(service));
    }

    @Test
    void incidentsOnASignificantServiceCountWhateverTheirSeverity() {
        String service = "svc-" + UUID.randomUUID();
        for (int day = 1; day <= 3; day++) {
            var event = TestEvents.incident("incident.created", UUID.randomUUID(), 4, "hardware", List.of(service),
                    Instant.parse("2026-10-0" + day + "T15:00:00Z"), Instant.parse("2026-10-0" + day + "T15:00:00Z"));
            TestEvents.data(event).put("significantService", true);
            consumer.receive(Records.batch(event.toString()));
        }
        assertThat(recurrenceReviews(service)).isEqualTo(1);
    }

    @Test
    void incidentsFurtherApartThanTheWindowAreNoRecurrence() {
        String service = "svc-" + UUID.randomUUID();
        for (String day : List.of("2026-08-01", "2026-08-20", "2026-09-05")) {
            consumer.receive(Records.batch(TestEvents.incident("incident.created", UUID.randomUUID(), 2, "software", List.of(service),
                    Instant.parse(day + "T15:00:00Z"), Instant.parse(day + "T15:00:00Z")).toString()));
        }
        assertThat(recurrenceReviews(service)).isZero();
    }

    private long recurrenceReviews(String service) {
        return db.count("select count(*) from review where trigger_key like ?1", "recurrence:" + service + ":%");
    }

    @Test
    void anEventWhoseDataDoesNotFitIsParkedOnTheDeadLetterTopicAndTheNextOneStillFlows() {
        UUID broken = UUID.randomUUID();
        var event = TestEvents.incident("incident.created", broken, 1, "network", List.of("svc-" + broken),
                Instant.parse("2026-11-24T15:00:00Z"), Instant.parse("2026-11-24T15:00:00Z"));
        TestEvents.data(event).put("severity", "very high");
        TopicReader.send(incidentTopic, broken.toString(), event.toString());
        UUID good = UUID.randomUUID();
        TopicReader.send(incidentTopic, good.toString(), TestEvents.incident("incident.created", good, 1, "network",
                List.of("svc-" + good), Instant.parse("2026-11-24T15:00:00Z"), Instant.parse("2026-11-24T15:00:00Z")).toString());

        String dlq = incidentTopic.replace("incident.events.v1", "review-service.dead-letter.v1");
        var parked = TopicReader.read(dlq, Duration.ofSeconds(30), read -> read.stream().anyMatch(r -> broken.toString().equals(r.key())));
        assertThat(parked).filteredOn(r -> broken.toString().equals(r.key())).singleElement()
                .satisfies(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(db.count("select count(*) from review where incident_id = ?1", good)).isEqualTo(1));
        assertThat(db.count("select count(*) from review where incident_id = ?1", broken)).isZero();
    }

    @Test
    void eventsNotAboutAnIncidentAndUnknownTypesAreSkippedNotParked() {
        UnknownEvents.assertSkipped(UnknownEvents.without("incident.", "incidentId"), consumer::receive, inbox,
                IncidentEventsConsumer.CONSUMER);
    }
}
