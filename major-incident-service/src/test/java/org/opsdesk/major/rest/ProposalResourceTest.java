package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;

/** MI-1 (002 §V.A.1–3): anyone reports a potential major incident; an authority confirms it or rejects it as routine. */
@QuarkusTest
class ProposalResourceTest extends ApiTest {

    private String report(String token, String service) {
        return given().header("Authorization", token).contentType("application/json")
                .body("""
                        {"title": "Email slow for several agencies", "serviceIds": ["%s"],
                         "impactSummary": "Mail delayed by 30 minutes", "reason": "Three agencies called within 10 minutes",
                         "contactEmail": "pat.user@agency.example.org", "contactPhone": "+1 207 555 0177"}
                        """.formatted(service))
                .when().post("/api/v1/major-incident-proposals")
                .then().statusCode(201).header("Location", containsString("/api/v1/major-incident-proposals/"))
                .body("status", equalTo("PENDING")).body("origin", equalTo("REPORTED")).body("type", equalTo("OPERATIONAL"))
                .body("allowedCommands", equalTo(List.of("confirm", "reject")))
                .extract().path("id");
    }

    private io.restassured.response.ValidatableResponse decide(String id, String command, String token, String body) {
        return given().header("Authorization", token).contentType("application/json").body(body)
                .when().post("/api/v1/major-incident-proposals/" + id + "/" + command).then();
    }

    @Test
    void anyoneReportsAndTheReporterIsInTheAnnouncement() {
        Fixtures.uniqueInstant(clock);
        String id = report(Fixtures.bearer("pat.user", "customer"), Fixtures.uniqueService());
        JsonNode created = Fixtures.events(topic, id, "major-incident.proposal-created", 1).get(0).path("data");
        assertThat(created.path("proposalId").asText()).isEqualTo(id);
        assertThat(created.path("reporter").path("name").asText()).isEqualTo("pat.user");
        assertThat(created.path("reporter").path("email").asText()).isEqualTo("pat.user@agency.example.org");
        assertThat(created.path("reason").asText()).isEqualTo("Three agencies called within 10 minutes");
        given().header("Authorization", Fixtures.ITOCC).queryParam("status", "PENDING").queryParam("size", 200)
                .when().get("/api/v1/major-incident-proposals")
                .then().statusCode(200).body("items.status", everyItem(equalTo("PENDING")));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incident-proposals/" + id)
                .then().statusCode(200).body("reporter.phone", equalTo("+1 207 555 0177"));
    }

    @Test
    void anAuthorityConfirmsAndTheProposalBecomesADeclaredMajorIncident() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        String id = report(Fixtures.bearer("pat.user", "customer"), Fixtures.uniqueService());
        decide(id, "confirm", Fixtures.bearer("tina", "technician"), "{}").statusCode(403)
                .body("detail", containsString("only these groups may confirm a OPERATIONAL major incident"));

        String majorIncidentId = decide(id, "confirm", Fixtures.bearer("carl", "cto"), "{\"title\": \"Statewide email outage\"}")
                .statusCode(200).body("status", equalTo("CONFIRMED")).body("decidedBy", equalTo("carl"))
                .body("majorIncidentId", notNullValue()).body("allowedCommands", equalTo(List.of())).extract().path("majorIncidentId");
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + majorIncidentId)
                .then().statusCode(200).body("title", equalTo("Statewide email outage")).body("declaredBy", equalTo("carl"))
                .body("coordinator.name", equalTo("Ada Manager"));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + majorIncidentId + "/timeline")
                .then().body("items.kind", hasItem("proposal-confirmed"));
        JsonNode confirmed = Fixtures.events(topic, id, "major-incident.proposal-confirmed", 1).get(0).path("data");
        assertThat(confirmed.path("majorIncidentId").asText()).isEqualTo(majorIncidentId);
        assertThat(confirmed.path("reporter").path("email").asText()).isEqualTo("pat.user@agency.example.org");

        long before = count("proposal");
        decide(id, "confirm", Fixtures.bearer("carl", "cto"), "{}").statusCode(409).body("context.state", equalTo("CONFIRMED"));
        decide(id, "reject", Fixtures.bearer("carl", "cto"), "{\"reason\": \"routine\"}").statusCode(409);
        assertThat(count("proposal")).isEqualTo(before);
    }

    @Test
    void anAuthorityRejectsAsRoutineWithAReasonTheReporterIsTold() {
        Fixtures.uniqueInstant(clock);
        String id = report(Fixtures.bearer("pat.user", "customer"), Fixtures.uniqueService());
        decide(id, "reject", Fixtures.bearer("carl", "cto"), "{}").statusCode(400).body("invalid-params.name", hasItem("reason"));
        decide(id, "reject", Fixtures.bearer("pat.user", "customer"), "{\"reason\": \"nothing\"}").statusCode(403);
        decide(id, "reject", Fixtures.bearer("carl", "cto"), "{\"reason\": \"Routine matter: a known mail queue backlog\"}")
                .statusCode(200).body("status", equalTo("REJECTED")).body("decisionReason", equalTo("Routine matter: a known mail queue backlog"));
        JsonNode rejected = Fixtures.events(topic, id, "major-incident.proposal-rejected", 1).get(0).path("data");
        assertThat(rejected.path("reason").asText()).isEqualTo("Routine matter: a known mail queue backlog");
        assertThat(rejected.path("reporter").path("email").asText()).isEqualTo("pat.user@agency.example.org");
        assertThat(rejected.path("reportedReason").asText()).isEqualTo("Three agencies called within 10 minutes");
    }

    @Test
    void aCybersecurityProposalIsConfirmedByTheSecurityOfficerAndInvalidReportsAreRefused() {
        Fixtures.uniqueInstant(clock);
        String id = given().header("Authorization", Fixtures.bearer("sam", "technician")).contentType("application/json")
                .body("{\"title\": \"Ransomware note on file server\", \"type\": \"CYBERSECURITY\", \"impactSummary\": \"Shares encrypted\"}")
                .when().post("/api/v1/major-incident-proposals").then().statusCode(201).extract().path("id");
        decide(id, "confirm", Fixtures.bearer("eve", "security-officer"), "{}").statusCode(200).body("status", equalTo("CONFIRMED"));

        long before = count("proposal");
        given().header("Authorization", Fixtures.bearer("sam", "technician")).contentType("application/json")
                .body("{\"title\": \"\", \"type\": \"TSUNAMI\"}")
                .when().post("/api/v1/major-incident-proposals").then().statusCode(400);
        given().header("Authorization", Fixtures.bearer("sam", "technician")).contentType("application/json")
                .body("{\"title\": \"x\", \"impactSummary\": \"y\", \"contactEmail\": \"nope\"}")
                .when().post("/api/v1/major-incident-proposals").then().statusCode(400).body("invalid-params.name", hasItem("contactEmail"));
        given().header("Authorization", Fixtures.ITOCC).queryParam("status", "MAYBE")
                .when().get("/api/v1/major-incident-proposals").then().statusCode(400);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incident-proposals/" + UUID.randomUUID())
                .then().statusCode(404);
        decide(UUID.randomUUID().toString(), "confirm", Fixtures.ITOCC, "{}").statusCode(404);
        assertThat(count("proposal")).isEqualTo(before);
    }

}
