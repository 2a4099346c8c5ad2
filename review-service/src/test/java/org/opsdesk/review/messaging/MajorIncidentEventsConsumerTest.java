package org.opsdesk.review.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.TopicReader;
import org.opsdesk.review.support.Db;
import org.opsdesk.review.support.TestEvents;
import org.opsdesk.review.support.Topics;
import org.opsdesk.platform.testing.Records;

/** RV-1: a resolved major incident opens exactly one AAR, with both deadlines on the business calendar. */
@QuarkusTest
class MajorIncidentEventsConsumerTest {

    @Inject
    MajorIncidentEventsConsumer consumer;

    @Inject
    Db db;

    @ConfigProperty(name = "opsdesk.events.topic")
    String reviewTopic;

    @ConfigProperty(name = "mp.messaging.incoming.major-incident-events.topic")
    String majorIncidentTopic;

    @Test
    void aResolvedMajorIncidentDeliveredTwiceAndRepeatedOpensOneAarWithBothDeadlines() {
        UUID mi = UUID.randomUUID();
        // Wednesday 25 November 2026, 14:00 in Chicago; Thanksgiving (federal) and the day after (Oklahoma) follow.
        String resolved = TestEvents.majorIncidentResolved(mi, List.of(UUID.randomUUID()), Instant.parse("2026-11-25T20:00:00Z"));

        consumer.receive(Records.batch(resolved));
        consumer.receive(Records.batch(resolved));
        consumer.receive(Records.batch(TestEvents.majorIncidentResolved(mi, List.of(), Instant.parse("2026-11-25T20:00:00Z"))));

        assertThat(db.count("select count(*) from review where major_incident_id = ?1", mi)).isEqualTo(1);
        String id = given().header("Authorization", Tokens.bearer("strategic-initiatives"))
                .queryParam("majorIncidentId", mi.toString())
                .when().get("/api/v1/reviews")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].type", equalTo("AAR"))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].majorIncidentId", equalTo(mi.toString()))
                .body("items[0].owner.name", equalTo("Maria Coordinator"))
                .body("items[0].deliverables.kind", contains("PRELIMINARY", "FINAL"))
                .body("items[0].deliverables.status", contains("DRAFT", "DRAFT"))
                // close of business (17:00 CST) on Tuesday 1 December and Friday 4 December
                .body("items[0].deliverables[0].dueAt", equalTo("2026-12-01T23:00:00Z"))
                .body("items[0].deliverables[0].remindAt", equalTo("2026-11-30T23:00:00Z"))
                .body("items[0].deliverables[1].dueAt", equalTo("2026-12-04T23:00:00Z"))
                .body("items[0].sections.find { it.key == 'SUMMARY' }.content",
                        equalTo("Failed database node replaced; portal restored."))
                .extract().path("items[0].id");

        List<String> opened = Topics.events(reviewTopic, id, "review.opened", 1);
        assertThat(opened.get(0)).contains("\"trigger\":\"MAJOR_INCIDENT_RESOLVED\"", "\"dueAt\":\"2026-12-01T23:00:00Z\"");
        assertThat(Topics.settled(reviewTopic, id, "review.opened", Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void everyMajorIncidentEventFeedsTheTimelineOfItsReview() {
        UUID mi = UUID.randomUUID();
        Instant resolvedAt = Instant.parse("2026-11-02T18:00:00Z");
        var declared = TestEvents.majorIncident("major-incident.declared", mi, List.of(), resolvedAt.minusSeconds(7200));
        var update = TestEvents.majorIncident("major-incident.status-update-published", mi, List.of(), resolvedAt.minusSeconds(3600));
        TestEvents.data(update).putObject("statusUpdate").put("nature", "Database node failure")
                .put("publishedAt", resolvedAt.minusSeconds(3600).toString());
        consumer.receive(Records.batch(declared.toString()));
        consumer.receive(Records.batch(update.toString()));
        consumer.receive(Records.batch(update.toString()));
        consumer.receive(Records.batch(TestEvents.majorIncidentResolved(mi, List.of(), resolvedAt)));

        String id = given().header("Authorization", Tokens.bearer("cio")).queryParam("majorIncidentId", mi.toString())
                .when().get("/api/v1/reviews").then().statusCode(200).extract().path("items[0].id");
        given().header("Authorization", Tokens.bearer("cio"))
                .when().get("/api/v1/reviews/" + id + "/timeline")
                .then().statusCode(200)
                .body("$", hasSize(3))
                .body("type", contains("major-incident.declared", "major-incident.status-update-published", "major-incident.resolved"))
                .body("[1].description", equalTo(TestEvents.data(update).get("number").asText()
                        + ": status update published: Database node failure"));
    }

    @Test
    void aResolutionArrivingOnTheTopicOpensTheReview() {
        UUID mi = UUID.randomUUID();
        TopicReader.send(majorIncidentTopic, mi.toString(),
                TestEvents.majorIncidentResolved(mi, List.of(), Instant.parse("2026-11-02T18:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(db.count("select count(*) from review where major_incident_id = ?1", mi)).isEqualTo(1));
    }
}
