package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;
import org.opsdesk.major.messaging.IncidentEventsConsumer;
import org.opsdesk.platform.testing.Records;

/** Resolve, reopen, close and scope (MI-5), announced with what review-service and notification-service need. */
@QuarkusTest
class LifecycleResourceTest extends ApiTest {

    @Inject
    IncidentEventsConsumer consumer;

    private static io.restassured.response.ValidatableResponse post(String path, String token, String body) {
        return given().header("Authorization", token).contentType("application/json").body(body).when().post(path).then();
    }

    @Test
    void theChangeFeedListsAMajorIncidentAgainAfterEachChangeAndPagesByUpdatedAtAndId() {
        Instant at = Fixtures.uniqueInstant(clock);
        String service = Fixtures.uniqueService();
        String id = Fixtures.declare(service);
        String feed = "/api/v1/major-incidents?serviceId=" + service + "&updatedSince=";
        given().header("Authorization", Fixtures.ITOCC).when().get(feed + at).then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("items[0].updatedAt", equalTo(at.toString()));

        clock.advance(Duration.ofMinutes(5));
        post("/api/v1/major-incidents/" + id + "/team/members", Fixtures.ITOCC,
                "{\"name\": \"Dave DBA\", \"team\": \"Database\", \"role\": \"TECHNICAL_LEAD\"}").statusCode(201);
        Instant changed = at.plus(Duration.ofMinutes(5));
        given().header("Authorization", Fixtures.ITOCC).when().get(feed + at.plusSeconds(1)).then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("items[0].updatedAt", equalTo(changed.toString()));
        given().header("Authorization", Fixtures.ITOCC).when().get(feed + changed + "&afterId=" + id).then().statusCode(200)
                .body("items", equalTo(List.of()));
        given().header("Authorization", Fixtures.ITOCC).when().get(feed + changed.plusSeconds(1)).then().statusCode(200)
                .body("total", equalTo(0));

        for (String[] bad : List.of(new String[] {"updatedSince=soon", "updatedSince"}, new String[] {"afterId=" + id, "afterId"},
                new String[] {"updatedSince=" + at + "&afterId=42", "afterId"})) {
            given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents?" + bad[0]).then().statusCode(400)
                    .contentType("application/problem+json").body("invalid-params.name", equalTo(List.of(bad[1])));
        }
    }

    @Test
    void resolutionIsAnnouncedWithTimesCoordinatorTeamIncidentsServicesAndSeverity() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        String service = Fixtures.uniqueService();
        String incidentId = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", incidentId, 1, service, true, at.minusSeconds(120))));
        String id = given().header("Authorization", Fixtures.ITOCC).queryParam("incidentId", incidentId)
                .when().get("/api/v1/major-incidents").then().extract().path("items[0].id");
        post("/api/v1/major-incidents/" + id + "/team/members", Fixtures.ITOCC,
                "{\"name\": \"Dave DBA\", \"team\": \"Database\", \"role\": \"TECHNICAL_LEAD\"}").statusCode(201);
        clock.advance(Duration.ofHours(2));

        post("/api/v1/major-incidents/" + id + "/resolve", Fixtures.bearer("ada.manager", "itocc"),
                "{\"resolutionSummary\": \"Database failed over; portal restored\"}")
                .statusCode(200).body("status", equalTo("RESOLVED"))
                .body("resolvedAt", equalTo(clock.instant().toString()))
                .body("resolutionSummary", equalTo("Database failed over; portal restored"))
                .body("allowedCommands", equalTo(List.of("link-ticket", "reopen", "close")));

        JsonNode resolved = Fixtures.events(topic, id, "major-incident.resolved", 1).get(0).path("data");
        assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.path("resolutionSummary").asText()).isEqualTo("Database failed over; portal restored");
        assertThat(resolved.path("resolvedBy").asText()).isEqualTo("ada.manager");
        assertThat(resolved.path("resolvedAt").asText()).isEqualTo(clock.instant().toString());
        assertThat(resolved.path("declaredAt").asText()).isEqualTo(at.toString());
        assertThat(resolved.path("startedAt").asText()).isEqualTo(at.minusSeconds(120).toString());
        assertThat(resolved.path("coordinator").path("name").asText()).isEqualTo("Ada Manager");
        assertThat(resolved.path("incidentIds").get(0).asText()).isEqualTo(incidentId);
        assertThat(resolved.path("serviceIds").get(0).asText()).isEqualTo(service);
        assertThat(resolved.path("maxSeverity").asInt()).isEqualTo(1);
        assertThat(resolved.path("type").asText()).isEqualTo("OPERATIONAL");
        assertThat(resolved.path("team").toString())
                .contains("{\"name\":\"Ada Manager\",\"team\":null,\"role\":\"COORDINATOR\"}")
                .contains("{\"name\":\"Dave DBA\",\"team\":\"Database\",\"role\":\"TECHNICAL_LEAD\"}");
    }

    @Test
    void aResolvedMajorIncidentIsReopenedOrClosedAndAClosedOneRefusesEverything() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String path = "/api/v1/major-incidents/" + id;
        post(path + "/close", Fixtures.ITOCC, "{}").statusCode(409).contentType("application/problem+json")
                .body("context.state", equalTo("DECLARED")).body("context.allowedCommands", hasItem("resolve"));
        post(path + "/resolve", Fixtures.ITOCC, "{\"resolutionSummary\": \"fixed\"}").statusCode(200);
        post(path + "/resolve", Fixtures.ITOCC, "{\"resolutionSummary\": \"fixed again\"}").statusCode(409)
                .body("context.state", equalTo("RESOLVED"))
                .body("context.allowedCommands", equalTo(List.of("link-ticket", "reopen", "close")));
        post(path + "/bridge", Fixtures.ITOCC, "{}").statusCode(409);
        post(path + "/reopen", Fixtures.ITOCC, "{\"reason\": \"errors are back\"}").statusCode(200)
                .body("status", equalTo("ACTIVE")).body("resolvedAt", nullValue());
        post(path + "/resolve", Fixtures.ITOCC, "{\"resolutionSummary\": \"fixed for good\"}").statusCode(200);
        given().header("Authorization", Fixtures.ITOCC).when().post(path + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedAt", equalTo(clock.instant().toString())).body("allowedCommands", equalTo(List.of()));
        post(path + "/reopen", Fixtures.ITOCC, "{\"reason\": \"again\"}").statusCode(409)
                .body("context.allowedCommands", equalTo(List.of()));
        given().header("Authorization", Fixtures.ITOCC).when().get(path).then().body("status", equalTo("CLOSED"))
                .body("resolutionSummary", equalTo("fixed for good"));

        List<JsonNode> events = Fixtures.events(topic, id, 6);
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("major-incident.declared",
                "major-incident.coordinator-gap", "major-incident.resolved", "major-incident.reopened",
                "major-incident.resolved", "major-incident.closed");
        assertThat(events.get(5).path("data").path("closedBy").asText()).isEqualTo("ivy.itocc");
    }

    @Test
    void resolvingNeedsASummaryAResponderAndAnExistingMajorIncident() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        post("/api/v1/major-incidents/" + id + "/resolve", Fixtures.ITOCC, "{\"resolutionSummary\": \" \"}")
                .statusCode(400).body("invalid-params.name", hasItem("resolutionSummary"));
        post("/api/v1/major-incidents/" + id + "/resolve", Fixtures.ITOCC, "{}")
                .statusCode(400).body("invalid-params.name", hasItem("resolutionSummary"));
        post("/api/v1/major-incidents/" + id + "/resolve", Fixtures.bearer("cust", "customer"), "{\"resolutionSummary\": \"x\"}")
                .statusCode(403);
        post("/api/v1/major-incidents/" + UUID.randomUUID() + "/resolve", Fixtures.ITOCC, "{\"resolutionSummary\": \"x\"}")
                .statusCode(404);
        post("/api/v1/major-incidents/" + id + "/reopen", Fixtures.ITOCC, "{}").statusCode(400);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("status", equalTo("DECLARED")).body("resolvedAt", nullValue());
    }

    @Test
    void theScopeIsRecordedAndAnIncidentLinkedByHand() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String other = Fixtures.uniqueService();
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body("{\"serviceIds\": [\"" + other + "\"], \"impactSummary\": \"Payroll and HR self-service down\"}")
                .when().put("/api/v1/major-incidents/" + id + "/scope")
                .then().statusCode(200).body("serviceIds", equalTo(List.of(other)))
                .body("impactSummary", equalTo("Payroll and HR self-service down"));
        assertThat(Fixtures.events(topic, id, "major-incident.scope-changed", 1).get(0).path("data").path("serviceIds").get(0).asText())
                .isEqualTo(other);
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"serviceIds\": []}")
                .when().put("/api/v1/major-incidents/" + id + "/scope").then().statusCode(400)
                .body("invalid-params.name", hasItem("serviceIds")).body("invalid-params.name", hasItem("impactSummary"));

        String incidentId = UUID.randomUUID().toString();
        post("/api/v1/major-incidents/" + id + "/incidents", Fixtures.ITOCC, "{\"incidentId\": \"" + incidentId + "\"}")
                .statusCode(200).body("incidentIds", equalTo(List.of(incidentId)));
        post("/api/v1/major-incidents/" + id + "/incidents", Fixtures.ITOCC, "{\"incidentId\": \"" + incidentId + "\"}")
                .statusCode(200).body("incidentIds", equalTo(List.of(incidentId)));
        assertThat(Fixtures.events(topic, id, "major-incident.incident-linked", 1)).hasSize(1);
        String another = Fixtures.declare(Fixtures.uniqueService());
        post("/api/v1/major-incidents/" + another + "/incidents", Fixtures.ITOCC, "{\"incidentId\": \"" + incidentId + "\"}")
                .statusCode(409).body("detail", containsString("already belongs to major incident"));
    }
}
