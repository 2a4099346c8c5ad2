package org.opsdesk.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.opsdesk.review.support.Fixtures.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.AdjustableClock;
import org.opsdesk.review.application.MetricsService;
import org.opsdesk.review.messaging.TestConsumers;
import org.opsdesk.review.support.Flows;
import org.opsdesk.review.support.TestEvents;

/** RV-6: MTTA, MTTR, SLA compliance, major incidents, review timeliness and action items, also as Prometheus gauges. */
@QuarkusTest
class MetricsResourceTest {

    private static final Instant T = Instant.parse("2026-11-20T16:00:00Z");

    @Inject
    TestConsumers consumers;

    @Inject
    MetricsService metrics;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void figuresComeFromTheIncidentAndMajorIncidentEventsOfThePeriod() {
        String service = "svc-" + UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        incident("incident.created", a, 2, service, T, T);
        incident("incident.acknowledged", a, 2, service, T, T.plusSeconds(600));
        resolved(a, service, T, T.plusSeconds(7200));
        incident("incident.created", b, 2, service, T, T);
        incident("incident.sla-breached", b, 2, service, T, T.plusSeconds(1700), "RESPONSE");
        incident("incident.acknowledged", b, 2, service, T, T.plusSeconds(1800));
        incident("incident.acknowledged", b, 2, service, T, T.plusSeconds(5000));
        incident("incident.sla-breached", b, 2, service, T, T.plusSeconds(14000), "RESOLUTION");
        resolved(b, service, T, T.plusSeconds(14400));
        incident("incident.created", c, 3, service, T, T);

        UUID mi = UUID.randomUUID();
        ObjectNode declared = TestEvents.majorIncident("major-incident.declared", mi, List.of(a), T);
        TestEvents.data(declared).put("declaredAt", T.toString()).putArray("serviceIds").add(service);
        consumers.majorIncident(declared.toString());
        Instant miResolved = Instant.parse("2026-11-25T20:00:00Z");
        clock.set(miResolved.plusSeconds(3600)); // the preliminary report goes out on time, the final one is pending
        ObjectNode resolvedMi = TestEvents.majorIncidentResolvedNode(mi, List.of(a), miResolved);
        TestEvents.data(resolvedMi).put("declaredAt", T.toString()).putArray("serviceIds").add(service);
        consumers.majorIncident(resolvedMi.toString());
        String review = as("cio").queryParam("majorIncidentId", mi.toString()).when().get("/api/v1/reviews")
                .then().statusCode(200).extract().path("items[0].id");
        Flows.distribute(review, "PRELIMINARY");
        as("technician").body("{\"title\": \"Late fix\", \"owner\": {\"name\": \"Dana\"}, \"dueDate\": \"2026-01-05\"}")
                .when().post("/api/v1/reviews/" + review + "/action-items").then().statusCode(201);
        as("technician").body("{\"title\": \"Future fix\", \"owner\": {\"name\": \"Dana\"}, \"dueDate\": \"2099-01-05\"}")
                .when().post("/api/v1/reviews/" + review + "/action-items").then().statusCode(201);

        as("executive").queryParam("from", "2026-11-01").queryParam("to", "2027-01-01").queryParam("service", service)
                .when().get("/api/v1/metrics").then().statusCode(200)
                .body("incidents.count", equalTo(3))
                .body("incidents.acknowledged", equalTo(2))
                .body("incidents.resolved", equalTo(2))
                .body("mttaSeconds", equalTo(1200.0f))
                .body("mttrSeconds", equalTo(10800.0f))
                .body("sla.response.measured", equalTo(2))
                .body("sla.response.breached", equalTo(1))
                .body("sla.response.compliancePercent", equalTo(50.0f))
                .body("sla.resolution.compliancePercent", equalTo(50.0f))
                .body("majorIncidents", equalTo(1))
                .body("reviews.due", equalTo(2))
                .body("reviews.distributedOnTime", equalTo(1))
                .body("reviews.pending", equalTo(1))
                .body("reviews.onTimePercent", equalTo(100.0f))
                .body("actionItems.open", equalTo(2))
                .body("actionItems.overdue", equalTo(1));

        as("executive").queryParam("from", "2026-11-01").queryParam("to", "2027-01-01").queryParam("service", service)
                .queryParam("priority", "P3")
                .when().get("/api/v1/metrics").then().statusCode(200)
                .body("incidents.count", equalTo(1))
                .body("mttaSeconds", nullValue())
                .body("sla.response.compliancePercent", nullValue());
    }

    @Test
    void invalidPeriodsAreRefused() {
        as("executive").queryParam("from", "2026-12-01").queryParam("to", "2026-11-01").when().get("/api/v1/metrics")
                .then().statusCode(400).body("invalid-params.name", hasItem("from"));
        as("executive").queryParam("to", "tomorrow").when().get("/api/v1/metrics")
                .then().statusCode(400).body("invalid-params.name", hasItem("to"));
        as("customer").when().get("/api/v1/metrics").then().statusCode(403);
        given().when().get("/api/v1/metrics").then().statusCode(401);
    }

    @Test
    void theFiguresAreAlsoPrometheusGauges() {
        metrics.refreshGauges(Instant.now());
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("opsdesk_review_action_items{state=\"open\"}"))
                .body(containsString("opsdesk_review_action_items{state=\"overdue\"}"))
                .body(containsString("opsdesk_review_mtta_seconds"))
                .body(containsString("opsdesk_review_sla_compliance_percent{target=\"response\"}"))
                .body(containsString("opsdesk_review_timeliness_percent"))
                .body(containsString("opsdesk_review_major_incidents"));
    }

    private void incident(String type, UUID id, int severity, String service, Instant created, Instant at, String... target) {
        ObjectNode event = TestEvents.incident(type, id, severity, "software", List.of(service), created, at);
        TestEvents.data(event).put("at", at.toString());
        if (target.length > 0) {
            TestEvents.data(event).put("target", target[0]);
        }
        consumers.incident(event.toString());
    }

    private void resolved(UUID id, String service, Instant created, Instant at) {
        ObjectNode event = TestEvents.incident("incident.resolved", id, 2, "software", List.of(service), created, at);
        TestEvents.data(event).put("resolvedAt", at.toString());
        consumers.incident(event.toString());
    }
}
