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
import org.opsdesk.review.support.Flows;
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
    void anAarIsSubmittedOnlyWithStrengthsWeaknessesAreasForImprovementAndACustomerSummary() {
        String id = fixtures.aar(RESOLVED);
        String base = "/api/v1/reviews/" + id;
        as("strategic-initiatives").body("{\"content\": \"All agencies\"}").when().put(base + "/sections/impact").then().statusCode(200);
        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/submit")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("STRENGTHS"),
                        org.hamcrest.Matchers.containsString("WEAKNESSES"), org.hamcrest.Matchers.containsString("AREAS_FOR_IMPROVEMENT"),
                        org.hamcrest.Matchers.containsString("CUSTOMER_SUMMARY")));
        as("cio").when().get(base).then().statusCode(200).body("deliverables[0].status", equalTo("DRAFT"));
        assertThat(Topics.settled(topic, id, "review.submitted", Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void approvedDeliverablesGoInternallyToAudiencesAndTheCustomerSummaryAloneToImpactedCustomers() throws Exception {
        String id = fixtures.aar(RESOLVED);
        String base = "/api/v1/reviews/" + id;
        Flows.write(id, "IMPACT", "Payroll unavailable to 30,000 state employees for 3 hours.");
        Flows.write(id, "STRENGTHS", "Bridge opened in 5 minutes.");
        Flows.write(id, "WEAKNESSES", "Escalation to the database team took 40 minutes.");
        Flows.write(id, "AREAS_FOR_IMPROVEMENT", "Page the database team directly.");
        Flows.write(id, "CUSTOMER_SUMMARY", "Payroll was unavailable for 3 hours; it is restored.");

        as("strategic-initiatives").when().post(base + "/deliverables/PRELIMINARY/submit")
                .then().statusCode(200)
                .body("deliverables[0].status", equalTo("SUBMITTED"))
                .body("deliverables[0].submittedBy", equalTo("strategic-initiatives-user"))
                .body("deliverables[0].allowedCommands", contains("approve", "reject"));
        // edits after submission do not change what the CIO approves
        Flows.write(id, "WEAKNESSES", "Edited after submission.");
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
        // Topics.events checks every event against its schema (docs/events/review.distributed.schema.json)
        JsonNode distributed = new ObjectMapper().readTree(Topics.events(topic, id, "review.distributed", 1).get(0)).get("data");
        assertThat(distributed.get("kind").asText()).isEqualTo("PRELIMINARY");
        assertThat(distributed.get("reportUrl").asText()).endsWith("/api/v1/reviews/" + id + "/report?kind=PRELIMINARY");
        // the directory is notification-service's: review-service names audiences and organisations (RV-3)
        assertThat(new ObjectMapper().convertValue(distributed.get("audiences"), List.class))
                .containsExactly("cio", "coao", "executive-sponsors", "tbc-liaison");
        assertThat(new ObjectMapper().convertValue(distributed.get("customerOrganisations"), List.class)).containsExactly("dept-of-revenue");
        assertThat(distributed.get("customerRecipients").findValuesAsText("email")).containsExactly("rita@revenue.opsdesk.example");
        assertThat(distributed.get("recipients")).isEmpty();
        String report = distributed.get("reportMarkdown").asText();
        assertThat(report).contains("## Impact", "30,000 state employees", "Escalation to the database team took 40 minutes.",
                "## Timeline", "## Strengths").doesNotContain("Edited after submission", "## Root cause analysis");
        String customerReport = distributed.get("customerReportMarkdown").asText();
        assertThat(customerReport).contains("## Summary for customers", "Payroll was unavailable for 3 hours; it is restored.")
                .doesNotContain("Weaknesses", "Escalation to the database team", "Strengths", "Timeline");
        assertThat(distributed.get("title").asText()).endsWith("After Action Review — Preliminary report");
    }

    @Test
    void onlyTheCioApprovesOrRejectsAndARefusalChangesNothing() {
        String id = fixtures.aar(RESOLVED);
        String base = "/api/v1/reviews/" + id;
        Flows.writeRequired(id);
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
        Flows.writeRequired(id);
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
        Flows.writeRequired(id);
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
