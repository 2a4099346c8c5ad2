package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;
import org.opsdesk.major.messaging.IncidentEventsConsumer;

/** MI-3: the team holds every mandatory team and the affected services' teams; gaps are visible. */
@QuarkusTest
class TeamResourceTest extends ApiTest {

    private static final List<String> MANDATORY = List.of("Strategic Initiatives", "Service Desk", "Application", "Server",
            "Network", "Database", "PC Support", "Security");

    @Inject
    IncidentEventsConsumer consumer;

    private io.restassured.response.ValidatableResponse add(String id, String body) {
        return given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body(body)
                .when().post("/api/v1/major-incidents/" + id + "/team/members").then();
    }

    @Test
    void aNewTeamShowsEveryMandatoryTeamTheOwnersAndTheIncidentTeamsAsGaps() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        String incidentId = UUID.randomUUID().toString();
        consumer.receive(Fixtures.incidentEvent("incident.created", incidentId, 1, "payroll-portal-test", false, at));
        String id = given().header("Authorization", Fixtures.ITOCC).queryParam("incidentId", incidentId)
                .when().get("/api/v1/major-incidents").then().extract().path("items[0].id");

        var team = given().header("Authorization", Fixtures.bearer("tina", "technician"))
                .when().get("/api/v1/major-incidents/" + id + "/team").then().statusCode(200)
                .body("coordinator.name", equalTo("Ada Manager"))
                .body("members", equalTo(List.of()))
                .body("communicationsCoordinatorNamed", equalTo(false))
                .extract().jsonPath();
        List<String> teams = team.getList("coverage.team");
        assertThat(teams).containsSubsequence(MANDATORY).contains("Payroll Apps");
        assertThat(team.getList("coverage.covered", Boolean.class)).containsOnly(false);
        assertThat(team.getList("gaps", String.class)).contains("no member from Security", "no member from Payroll Apps",
                "no Communications Coordinator named");
        assertThat(team.getList("coverage.find { it.team == 'Payroll Apps' }.requiredBecause", String.class))
                .containsExactly("owns affected service payroll-portal-test", "assigned a linked incident");
    }

    @Test
    void addingMembersCoversTheirTeamsAndNamesTheCommunicationsCoordinator() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        add(id, "{\"name\": \"Nina Net\", \"email\": \"nina@example.org\", \"phone\": \"+1 405 555 0123\", \"team\": \"network\", \"role\": \"RESPONDER\"}")
                .statusCode(201).body("team", equalTo("network")).body("role", equalTo("RESPONDER")).body("addedBy", equalTo("ivy.itocc"));
        add(id, "{\"name\": \"Cora Comms\", \"username\": \"cora\", \"team\": \"Strategic Initiatives\", \"role\": \"COMMUNICATIONS_COORDINATOR\"}")
                .statusCode(201);

        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/team")
                .then().statusCode(200)
                .body("members.name", equalTo(List.of("Nina Net", "Cora Comms")))
                .body("coverage.find { it.team == 'Network' }.covered", equalTo(true))
                .body("coverage.find { it.team == 'Network' }.members", equalTo(List.of("Nina Net")))
                .body("communicationsCoordinatorNamed", equalTo(true))
                .body("gaps", not(hasItem("no member from Network")))
                .body("gaps", not(hasItem("no Communications Coordinator named")))
                .body("gaps", hasItem("no member from Database"));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("status", equalTo("ACTIVE"));
        JsonNode added = Fixtures.events(topic, id, "major-incident.member-added", 2).get(0).path("data");
        assertThat(added.path("member").path("name").asText()).isEqualTo("Nina Net");
        assertThat(added.path("member").path("phone").asText()).isEqualTo("+1 405 555 0123");
    }

    @Test
    void theSamePersonTwiceForOneTeamInvalidMembersAndOutsidersAreRefused() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        add(id, "{\"name\": \"Nina Net\", \"team\": \"Network\", \"role\": \"RESPONDER\"}").statusCode(201);
        add(id, "{\"name\": \"nina net\", \"team\": \"NETWORK\", \"role\": \"TECHNICAL_LEAD\"}").statusCode(409)
                .body("detail", containsString("already a member"));
        add(id, "{\"name\": \"\", \"team\": \"Network\", \"role\": \"HERO\"}").statusCode(400)
                .body("invalid-params.name", hasItem("role"));
        add(id, "{\"team\": \"Network\", \"role\": \"RESPONDER\"}").statusCode(400).body("invalid-params.name", hasItem("name"));
        given().header("Authorization", Fixtures.bearer("cust", "customer")).contentType("application/json")
                .body("{\"name\": \"X\", \"team\": \"Network\", \"role\": \"RESPONDER\"}")
                .when().post("/api/v1/major-incidents/" + id + "/team/members").then().statusCode(403);
        add(UUID.randomUUID().toString(), "{\"name\": \"X\", \"team\": \"Network\", \"role\": \"RESPONDER\"}").statusCode(404);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/team")
                .then().body("members.size()", equalTo(1));
    }
}
