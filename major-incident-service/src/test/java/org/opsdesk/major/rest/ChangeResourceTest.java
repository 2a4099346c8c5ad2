package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;

/** MI-5 (change correlation over the look-back) and MI-7 (emergency changes and linked tickets). */
@QuarkusTest
class ChangeResourceTest extends ApiTest {

    private static final String TOOL = Fixtures.bearer("change-tool", "integration");

    private static String change(String externalId, String service, String type, Instant at) {
        return """
                {"externalId": "%s", "serviceIds": ["%s"], "summary": "Change %s", "type": "%s", "implementedAt": "%s",
                 "link": "https://changes.example.org/%s"}
                """.formatted(externalId, service, externalId, type, at, externalId);
    }

    private static io.restassured.response.ValidatableResponse ingest(String body) {
        return given().header("Authorization", TOOL).contentType("application/json").body(body).when().post("/api/v1/changes").then();
    }

    @Test
    void changesOnTheAffectedServicesInTheLookBackAreListedNewestFirst() {
        Instant start = Fixtures.uniqueInstant(clock);
        String service = Fixtures.uniqueService();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ingest(change("CHG-" + tag + "-1", service, "NORMAL", start.minus(Duration.ofHours(71)))).statusCode(201);
        ingest(change("CHG-" + tag + "-2", service, "STANDARD", start.minus(Duration.ofHours(2)))).statusCode(201);
        ingest(change("CHG-" + tag + "-3", service, "NORMAL", start.minus(Duration.ofHours(73)))).statusCode(201);
        ingest(change("CHG-" + tag + "-4", Fixtures.uniqueService(), "NORMAL", start.minus(Duration.ofHours(1)))).statusCode(201);
        ingest(change("CHG-" + tag + "-5", service, "NORMAL", start.plus(Duration.ofMinutes(5)))).statusCode(201);
        String id = Fixtures.declare(service);

        given().header("Authorization", Fixtures.bearer("tina", "technician"))
                .when().get("/api/v1/major-incidents/" + id + "/recent-changes")
                .then().statusCode(200)
                .body("externalId", equalTo(List.of("CHG-" + tag + "-2", "CHG-" + tag + "-1")))
                .body("[0].type", equalTo("STANDARD"))
                .body("[0].link", equalTo("https://changes.example.org/CHG-" + tag + "-2"));
    }

    @Test
    void aChangeSentAgainIsUpdatedAndInvalidOrUnauthorisedChangesAreRefused() {
        Instant at = Fixtures.uniqueInstant(clock);
        String service = Fixtures.uniqueService();
        String externalId = "CHG-" + UUID.randomUUID();
        String id = ingest(change(externalId, service, "NORMAL", at)).statusCode(201)
                .body("recordedBy", equalTo("change-tool")).extract().path("id");
        ingest(change(externalId, service, "NORMAL", at).replace("Change " + externalId, "Patched kernel")).statusCode(200)
                .body("id", equalTo(id)).body("summary", equalTo("Patched kernel"));
        ingest("{\"externalId\": \"\", \"serviceIds\": [], \"type\": \"URGENT\"}").statusCode(400)
                .body("invalid-params.name", hasItem("type"));
        ingest("{\"externalId\": \"\", \"serviceIds\": [], \"summary\": \"\"}").statusCode(400)
                .body("invalid-params.name", hasItem("externalId")).body("invalid-params.name", hasItem("serviceIds"))
                .body("invalid-params.name", hasItem("implementedAt"));
        given().header("Authorization", Fixtures.bearer("cust", "customer")).contentType("application/json")
                .body(change("CHG-" + UUID.randomUUID(), service, "NORMAL", at)).when().post("/api/v1/changes").then().statusCode(403);
    }

    @Test
    void remediationChangesAreEmergencyChangesLinkedToTheMajorIncident() {
        Instant at = Fixtures.uniqueInstant(clock);
        String service = Fixtures.uniqueService();
        String id = Fixtures.declare(service);
        String externalId = "CHG-" + UUID.randomUUID();
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body("{\"externalId\": \"%s\", \"serviceIds\": [\"%s\"], \"summary\": \"Failover of payroll DB\", \"implementedAt\": \"%s\"}"
                        .formatted(externalId, service, at.plusSeconds(600)))
                .when().post("/api/v1/major-incidents/" + id + "/changes")
                .then().statusCode(201).body("type", equalTo("EMERGENCY")).body("majorIncidentId", equalTo(id));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/changes")
                .then().statusCode(200).body("externalId", equalTo(List.of(externalId)));
        JsonNode linked = Fixtures.events(topic, id, "major-incident.change-linked", 1).get(0).path("data");
        assertThat(linked.path("change").path("externalId").asText()).isEqualTo(externalId);
        assertThat(linked.path("change").path("type").asText()).isEqualTo("EMERGENCY");

        ingest(change(externalId, service, "NORMAL", at)).statusCode(409).body("detail", containsString("stays EMERGENCY"));
        String other = Fixtures.declare(Fixtures.uniqueService());
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body("{\"externalId\": \"%s\", \"serviceIds\": [\"%s\"], \"summary\": \"x\", \"implementedAt\": \"%s\"}"
                        .formatted(externalId, service, at))
                .when().post("/api/v1/major-incidents/" + other + "/changes")
                .then().statusCode(409).body("detail", containsString("another major incident"));
    }

    @Test
    void theServiceTicketAndFollowUpTicketsAreLinkedAlsoAfterResolution() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String ticket = "{\"kind\": \"SERVICE_TICKET\", \"reference\": \"INC-0099001\", \"summary\": \"MI service ticket\"}";
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body(ticket)
                .when().post("/api/v1/major-incidents/" + id + "/tickets").then().statusCode(201).body("kind", equalTo("SERVICE_TICKET"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body(ticket)
                .when().post("/api/v1/major-incidents/" + id + "/tickets").then().statusCode(409);
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"resolutionSummary\": \"fixed\"}")
                .when().post("/api/v1/major-incidents/" + id + "/resolve").then().statusCode(200);
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body("{\"kind\": \"FOLLOW_UP\", \"reference\": \"RITM-0009911\", \"link\": \"https://itsm.example.org/RITM-0009911\"}")
                .when().post("/api/v1/major-incidents/" + id + "/tickets").then().statusCode(201);
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"kind\": \"WISH\", \"reference\": \"\"}")
                .when().post("/api/v1/major-incidents/" + id + "/tickets").then().statusCode(400);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/tickets")
                .then().statusCode(200).body("reference", equalTo(List.of("INC-0099001", "RITM-0009911")));
        assertThat(Fixtures.events(topic, id, "major-incident.ticket-linked", 2)).hasSize(2);
    }
}
