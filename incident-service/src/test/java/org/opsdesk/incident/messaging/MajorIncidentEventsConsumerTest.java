package org.opsdesk.incident.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.TopicReader;

@QuarkusTest
class MajorIncidentEventsConsumerTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "mp.messaging.incoming.major-incident-events.topic")
    String majorIncidentTopic;

    @ConfigProperty(name = "opsdesk.events.topic")
    String incidentTopic;

    @Test
    void aDeclaredMajorIncidentDeliveredTwiceLinksTheIncidentOnce() {
        String incidentId = given().header("Authorization", Tokens.bearer("service-desk")).contentType("application/json")
                .body("{\"source\": \"MONITORING\", \"summary\": \"Payroll down\", \"severity\": 1}")
                .when().post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        String majorIncidentId = UUID.randomUUID().toString();
        String event = EventSchemas.example("major-incident.declared")
                .replace("0b6a4f52-9e1d-4c3a-8f2b-7d5e6c4b3a21", incidentId)
                .replace("5d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", majorIncidentId)
                .replace("c4d5e6f7-0a1b-4c2d-9e3f-4a5b6c7d8e9f", UUID.randomUUID().toString());

        TopicReader.send(majorIncidentTopic, majorIncidentId, event);
        TopicReader.send(majorIncidentTopic, majorIncidentId, event);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", Tokens.bearer("service-desk"))
                .when().get("/api/v1/incidents/" + incidentId)
                .then().statusCode(200).body("majorIncidentId", equalTo(majorIncidentId)));
        var linked = TopicReader.read(incidentTopic, Duration.ofSeconds(5),
                read -> false).stream()
                .filter(r -> r.key().equals(incidentId) && r.value().contains("incident.major-incident-linked"))
                .toList();
        assertThat(linked).hasSize(1);
        EventSchemas.assertValid(linked.get(0).value());
    }

    @Test
    void aPoisonMessageLandsOnTheDeadLetterTopicAndTheNextEventStillFlows() {
        TopicReader.send(majorIncidentTopic, "poison", "this is not an event");
        String dlq = majorIncidentTopic.replace("major-incident.events.v1", "incident-service.dead-letter.v1");
        var parked = TopicReader.read(dlq, Duration.ofSeconds(20), read -> !read.isEmpty());
        assertThat(parked).anyMatch(r -> r.value().equals("this is not an event"));
        assertThat(parked.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
    }
}
