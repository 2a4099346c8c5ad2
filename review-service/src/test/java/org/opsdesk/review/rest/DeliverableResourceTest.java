package org.opsdesk.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.opsdesk.review.support.Fixtures.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.review.support.Db;
import org.opsdesk.platform.testing.AdjustableClock;
import org.opsdesk.review.support.Fixtures;
import org.opsdesk.review.support.Topics;

/** RV-3: DRAFT → SUBMITTED → APPROVED → DISTRIBUTED; only the CIO approves; distribution waits for approval. */
@QuarkusTest
class DeliverableResourceTest {

    private static final Instant RESOLVED = Instant.parse("2026-11-25T20:00:00Z");

    @Inject
    Fixtures fixtures;

    @Inject
    AdjustableClock clock;

    @Inject
    Db db;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    /** The deliverables are worked on the day the major incident was resolved, well before their deadlines. */
    @BeforeEach
    void anHourAfterTheResolution() {
        clock.set(RESOLVED.plus(Duration.ofHours(1)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void approvedDeliverablesAreDistributedWithTheFrozenReportToTheConfiguredRecipients() throws Exception {
        String id = fixtures.aar(RESOLVED);
        String base = "/api/v1/reviews/" + id;
        as("strategic-initiatives").body("{\"content\": \"Payroll unavailable to 30,000 state employees for 3 hours.\"}")
                .when().put(base + "/sections/impact").then().statusCode(200);
        as("strategic-initiatives").body("{\"content\": \"Escalation to the database team took 40 minutes.\"}")
                .when().put(base + "/sections/weaknesses").then().statusCode(200);

        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/submit")
                .then().statusCode(200)
                .body("deliverables[0].status", equalTo("SUBMITTED"))
                .body("deliverables[0].submittedBy", equalTo("strategic-initiatives-user"))
                .body("deliverables[0].allowedCommands", contains("approve", "reject"));
        // edits after submission do not change what the CIO approves
        as("strategic-initiatives").body("{\"content\": \"Edited after submission.\"}")
                .when().put(base + "/sections/weaknesses").then().statusCode(200);
        as("cio").when().post(base + "/deliverables/PRELIMINARY/approve")
                .then().statusCode(200).body("deliverables[0].status", equalTo("APPROVED"))
                .body("deliverables[0].approvedBy", equalTo("cio-user"));
        as("strategic-initiatives").when().post(base + "/deliverables/preliminary/distribute")
                .then().statusCode(200)
                .body("deliverables[0].status", equalTo("DISTRIBUTED"))
                .body("deliverables[0].distributedAt", notNullValue())
                .body("deliverables[0].onTime", equalTo(true))
                .body("deliverables[1].status", equalTo("DRAFT"));

        assertThat(Topics.events(topic, id, "review.submitted", 1)).hasSize(1);
        assertThat(Topics.events(topic, id, "review.approved", 1)).hasSize(1);
        JsonNode distributed = new ObjectMapper().readTree(Topics.events(topic, id, "review.distributed", 1).get(0)).get("data");
        assertThat(distributed.get("kind").asText()).isEqualTo("PRELIMINARY");
        assertThat(distributed.get("recipients").findValuesAsText("email")).containsExactlyInAnyOrder(
                "cio@opsdesk.example", "coao@opsdesk.example", "executive-sponsors@opsdesk.example",
                "it-liaison@revenue.opsdesk.example", "rita@revenue.opsdesk.example");
        String report = distributed.get("reportMarkdown").asText();
        assertThat(report).contains("## Impact", "30,000 state employees", "Escalation to the database team took 40 minutes.",
                "## Timeline", "## Strengths").doesNotContain("Edited after submission", "## Root cause analysis");
        assertThat(distributed.get("title").asText()).endsWith("After Action Review — Preliminary report");
    }

    @Test
    void onlyTheCioApprovesOrRejectsAndARefusalChangesNothing() {
        String id = fixtures.aar(RESOLVED);
        String base = "/api/v1/reviews/" + id;
        as("strategic-initiatives").body("{\"content\": \"All agencies\"}").when().put(base + "/sections/IMPACT").then().statusCode(200);
        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/submit").then().statusCode(200);
        long versions = db.count("select count(*) from review_version where review_id = ?1", java.util.UUID.fromString(id));

        for (String role : List.of("strategic-initiatives", "admin", "executive", "cto")) {
            as(role).when().post(base + "/deliverables/PRELIMINARY/approve")
                    .then().statusCode(403).contentType("application/problem+json");
            as(role).body("{\"reason\": \"no\"}").when().post(base + "/deliverables/PRELIMINARY/reject").then().statusCode(403);
        }
        as("service-desk").when().post(base + "/deliverables/PRELIMINARY/submit").then().statusCode(403);
        as("customer").when().get(base).then().statusCode(403);

        as("cio").when().get(base).then().statusCode(200).body("deliverables[0].status", equalTo("SUBMITTED"));
        assertThat(db.count("select count(*) from review_version where review_id = ?1", java.util.UUID.fromString(id))).isEqualTo(versions);
        assertThat(Topics.settled(topic, id, "review.approved", Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void distributionIsRefusedUntilTheDeliverableIsApproved() {
        String id = fixtures.aar(RESOLVED);
        String base = "/api/v1/reviews/" + id;
        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/distribute")
                .then().statusCode(409).contentType("application/problem+json")
                .body("context.state", equalTo("DRAFT")).body("context.allowedCommands", contains("submit"));
        as("strategic-initiatives").body("{\"content\": \"All agencies\"}").when().put(base + "/sections/impact").then().statusCode(200);
        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/submit").then().statusCode(200);
        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/distribute")
                .then().statusCode(409).body("context.state", equalTo("SUBMITTED")).body("context.allowedCommands", contains("approve", "reject"));
        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/submit")
                .then().statusCode(409).body("context.state", equalTo("SUBMITTED"));

        as("cio").when().get(base).then().statusCode(200).body("deliverables[0].status", equalTo("SUBMITTED"))
                .body("deliverables[0].distributedAt", equalTo(null));
        assertThat(Topics.settled(topic, id, "review.distributed", Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aRejectionNeedsAReasonAndSendsTheDeliverableBackToDraft() {
        String id = fixtures.aar(RESOLVED);
        String base = "/api/v1/reviews/" + id;
        as("strategic-initiatives").body("{\"content\": \"All agencies\"}").when().put(base + "/sections/impact").then().statusCode(200);
        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/submit").then().statusCode(200);

        as("cio").body("{}").when().post(base + "/deliverables/PRELIMINARY/reject")
                .then().statusCode(400).body("invalid-params.name", hasItem("reason"));
        as("cio").body("{\"reason\": \"Quantify the impact per agency.\"}").when().post(base + "/deliverables/PRELIMINARY/reject")
                .then().statusCode(200)
                .body("deliverables[0].status", equalTo("DRAFT"))
                .body("deliverables[0].rejectionReason", equalTo("Quantify the impact per agency."))
                .body("deliverables[0].rejectedBy", equalTo("cio-user"));
        assertThat(Topics.events(topic, id, "review.rejected", 1).get(0)).contains("Quantify the impact per agency.");
        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/submit")
                .then().statusCode(200).body("deliverables[0].status", equalTo("SUBMITTED"));
    }

    @Test
    void unwrittenRequiredSectionsUnknownKindsAndMissingTokensAreRefused() {
        String id = fixtures.aar(RESOLVED);
        String base = "/api/v1/reviews/" + id;
        as("strategic-initiatives").when().post(base + "/deliverables/FINAL/submit")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("ROOT_CAUSE"));
        as("strategic-initiatives").when().post(base + "/deliverables/INTERIM/submit").then().statusCode(404);
        as("strategic-initiatives").when().post("/api/v1/reviews/00000000-0000-0000-0000-000000000000/deliverables/FINAL/submit")
                .then().statusCode(404);
        io.restassured.RestAssured.given().when().post(base + "/deliverables/FINAL/submit").then().statusCode(401);
        as("cio").when().get(base).then().statusCode(200).body("deliverables[1].status", equalTo("DRAFT"));
    }
}
