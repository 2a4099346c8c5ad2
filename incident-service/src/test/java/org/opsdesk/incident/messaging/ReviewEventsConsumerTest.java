package org.opsdesk.incident.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Records;
import org.opsdesk.platform.testing.TopicReader;

/** review.events.v1: a distributed report is attached to the ticket(s) it reviews, link and version (002 §V.D.3). */
@QuarkusTest
class ReviewEventsConsumerTest {

    private static final String EXAMPLE_REVIEW = "7a1c3e5f-2b4d-4f6a-8c0e-1d3f5a7b9c2e";
    private static final String EXAMPLE_MAJOR_INCIDENT = "5d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";
    private static final String EXAMPLE_INCIDENT = "0b6a4f52-9e1d-4c3a-8f2b-7d5e6c4b3a21";

    @Inject
    ReviewEventsConsumer reviews;

    @Inject
    MajorIncidentEventsConsumer majorIncidents;

    @ConfigProperty(name = "mp.messaging.incoming.review-events.topic")
    String reviewTopic;

    private static String withFreshId(String event) {
        return event.replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
    }

    /** The producer's example (an AAR's preliminary report, version 4) about a fresh review of {@code majorIncidentId}. */
    private static String distributed(String reviewId, String majorIncidentId) {
        return withFreshId(EventSchemas.example("review.distributed").replace(EXAMPLE_REVIEW, reviewId)
                .replace(EXAMPLE_MAJOR_INCIDENT, majorIncidentId));
    }

    @Test
    void theAarIsAttachedToEveryIncidentOfItsMajorIncidentOnceAndARevisedVersionReplacesIt() {
        String incidentId = create(1, "Payroll down");
        String majorIncidentId = UUID.randomUUID().toString();
        majorIncidents.receive(Records.batch(withFreshId(EventSchemas.example("major-incident.declared")
                .replace(EXAMPLE_INCIDENT, incidentId).replace(EXAMPLE_MAJOR_INCIDENT, majorIncidentId))));
        String reviewId = UUID.randomUUID().toString();
        String event = distributed(reviewId, majorIncidentId);

        TopicReader.send(reviewTopic, reviewId, event);
        TopicReader.send(reviewTopic, reviewId, event);
        String reports = "/api/v1/incidents/" + incidentId + "/review-reports";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> desk().when().get(reports).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].reviewId", equalTo(reviewId))
                .body("[0].reviewType", equalTo("AAR"))
                .body("[0].kind", equalTo("PRELIMINARY"))
                .body("[0].version", equalTo(4))
                .body("[0].url", equalTo("http://localhost:8084/api/v1/reviews/" + reviewId + "/report?kind=PRELIMINARY")));

        reviews.receive(Records.batch(withFreshId(event.replace("\"version\": 4", "\"version\": 6")
                .replace("2026-11-30T21:10:00Z", "2026-12-01T09:00:00Z"))));
        desk().when().get(reports).then().body("", hasSize(1)).body("[0].version", equalTo(6));
    }

    @Test
    void reportsOfOtherIncidentsAreNotShownAndCustomersCannotListThem() {
        String incidentId = create(3, "Printer jam");
        reviews.receive(Records.batch(distributed(UUID.randomUUID().toString(), UUID.randomUUID().toString())));
        desk().when().get("/api/v1/incidents/" + incidentId + "/review-reports").then().statusCode(200).body("", empty());
        as("carla", "dept-of-revenue", "customer").when().get("/api/v1/incidents/" + incidentId + "/review-reports")
                .then().statusCode(403);
        desk().when().get("/api/v1/incidents/" + UUID.randomUUID() + "/review-reports").then().statusCode(404);
    }
}
