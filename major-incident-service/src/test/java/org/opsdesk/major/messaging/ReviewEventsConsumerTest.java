package org.opsdesk.major.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Records;
import org.opsdesk.platform.testing.TopicReader;

/** review.events.v1: the distributed After Action Review is attached to its major incident, link and version (002 §V.D.3). */
@QuarkusTest
class ReviewEventsConsumerTest extends ApiTest {

    private static final String EXAMPLE_REVIEW = "7a1c3e5f-2b4d-4f6a-8c0e-1d3f5a7b9c2e";
    private static final String EXAMPLE_MAJOR_INCIDENT = "5d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";

    @Inject
    ReviewEventsConsumer consumer;

    @ConfigProperty(name = "mp.messaging.incoming.review-events.topic")
    String reviewTopic;

    private static String distributed(String reviewId, String majorIncidentId) {
        String event = EventSchemas.example("review.distributed").replace(EXAMPLE_REVIEW, reviewId)
                .replace(EXAMPLE_MAJOR_INCIDENT, majorIncidentId);
        return event.replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
    }

    @Test
    void theDistributedAarIsAttachedOnceWithItsLinkAndVersionAndTheTimelineSaysSo() {
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", Fixtures.uniqueInstant(clock));
        String id = Fixtures.declare(Fixtures.uniqueService());
        String reviewId = UUID.randomUUID().toString();
        String event = distributed(reviewId, id);

        TopicReader.send(reviewTopic, reviewId, event);
        TopicReader.send(reviewTopic, reviewId, event);
        String reports = "/api/v1/major-incidents/" + id + "/review-reports";
        String reader = Fixtures.bearer("tina", "technician");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", reader)
                .when().get(reports).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].reviewId", equalTo(reviewId))
                .body("[0].reviewType", equalTo("AAR"))
                .body("[0].kind", equalTo("PRELIMINARY"))
                .body("[0].version", equalTo(4))
                .body("[0].url", equalTo("http://localhost:8084/api/v1/reviews/" + reviewId + "/report?kind=PRELIMINARY")));
        consumer.receive(Records.batch(event.replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")));
        given().header("Authorization", reader).queryParam("size", 200).when().get("/api/v1/major-incidents/" + id + "/timeline")
                .then().statusCode(200)
                .body("items.findAll { it.kind == 'review-report-distributed' }", hasSize(1))
                .body("items.description", hasItem(org.hamcrest.Matchers.containsString("version 4")));

        given().header("Authorization", reader).when().get("/api/v1/major-incidents/" + UUID.randomUUID() + "/review-reports")
                .then().statusCode(404);
        given().when().get(reports).then().statusCode(401);
    }
}
