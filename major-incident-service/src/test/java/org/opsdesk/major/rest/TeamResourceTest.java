package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;
import org.opsdesk.major.messaging.IncidentEventsConsumer;
import org.opsdesk.platform.testing.Records;
import org.opsdesk.platform.testing.TopicReader;

/** MI-3: the team holds every mandatory team and the affected services' teams; gaps are visible. */
@QuarkusTest
class TeamResourceTest extends ApiTest {

    private static final List<String> MANDATORY = List.of("strategic-initiatives", "service-desk", "application-support",
            "server-team", "network-team", "database-team", "pc-support", "security-operations");

    @Inject
    IncidentEventsConsumer consumer;

    @ConfigProperty(name = "mp.messaging.incoming.incident-events.topic")
    String incidentTopic;

    /** incident.service-changed as incident-service publishes it (docs/events/incident.service-changed.schema.json). */
    private void catalogSays(String service, String owningTeam, boolean active) {
        String event = """
                {"specversion": "1.0", "id": "%s", "source": "/incident-service", "type": "incident.service-changed",
                 "subject": "%s", "time": "%s", "datacontenttype": "application/json",
                 "data": {"serviceId": "%s", "name": "Payroll portal", "owningTeam": %s, "significant": true, "active": %s}}
                """.formatted(UUID.randomUUID(), service, clock.instant(), service,
                owningTeam == null ? "null" : "\"" + owningTeam + "\"", active);
        TopicReader.send(incidentTopic, service, event);
        TopicReader.send(incidentTopic, service, event);
    }

    private List<String> requiredTeams(String id) {
        return given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/team")
                .then().statusCode(200).extract().jsonPath().getList("coverage.team", String.class);
    }

    private io.restassured.response.ValidatableResponse add(String id, String body) {
        return given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body(body)
                .when().post("/api/v1/major-incidents/" + id + "/team/members").then();
    }

    @Test
    void aNewTeamShowsEveryMandatoryTeamTheCatalogOwnerAndTheIncidentTeamsAsGapsAndTheLeaderServesAsCommunications() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        String service = Fixtures.uniqueService();
        catalogSays(service, "payroll-apps", true);
        String incidentId = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", incidentId, 1, service, true, at)));
        String id = given().header("Authorization", Fixtures.ITOCC).queryParam("incidentId", incidentId)
                .when().get("/api/v1/major-incidents").then().extract().path("items[0].id");
        await().atMost(Duration.ofSeconds(20)).until(() -> requiredTeams(id).contains("payroll-apps"));

        var team = given().header("Authorization", Fixtures.bearer("tina", "technician"))
                .when().get("/api/v1/major-incidents/" + id + "/team").then().statusCode(200)
                .body("coordinator.name", equalTo("Ada Manager"))
                .body("members", equalTo(List.of()))
                .body("communicationsCoordinatorNamed", equalTo(true))
                .body("communicationsByLeader", equalTo(true))
                .extract().jsonPath();
        List<String> teams = team.getList("coverage.team");
        assertThat(teams).containsExactlyElementsOf(Stream.concat(MANDATORY.stream(), Stream.of("payroll-apps")).toList());
        assertThat(team.getList("coverage.covered", Boolean.class)).containsOnly(false);
        assertThat(team.getList("gaps", String.class)).contains("no member from security-operations", "no member from payroll-apps")
                .doesNotContain("no Communications Coordinator named");
        assertThat(team.getList("coverage.find { it.team == 'payroll-apps' }.requiredBecause", String.class))
                .containsExactly("owns affected service " + service, "assigned a linked incident");

        catalogSays(service, null, true);
        await().atMost(Duration.ofSeconds(20)).until(() -> requiredTeams(id).contains("Payroll Apps"));
        assertThat(given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/team")
                .then().extract().jsonPath().getList("coverage.find { it.team == 'Payroll Apps' }.requiredBecause", String.class))
                .containsExactly("assigned a linked incident");
    }

    /** One team identity: the mandatory teams, the catalog's owners and the members' teams name a team the same way. */
    @Test
    void theMandatoryServerTeamAndTheCatalogOwnerServerTeamAreOneRequirementCoveredByOneMember() {
        Fixtures.uniqueInstant(clock);
        String service = Fixtures.uniqueService();
        catalogSays(service, "server-team", true);
        String id = Fixtures.declare(service);
        add(id, "{\"name\": \"Sid Server\", \"team\": \"Server Team\", \"role\": \"TECHNICAL_LEAD\"}").statusCode(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", Fixtures.ITOCC)
                .when().get("/api/v1/major-incidents/" + id + "/team").then().extract().jsonPath()
                .getList("coverage.find { it.team == 'server-team' }.requiredBecause", String.class).size() == 2);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/team").then()
                .body("coverage.findAll { it.team.toLowerCase().contains('server') }.size()", equalTo(1))
                .body("coverage.find { it.team == 'server-team' }.requiredBecause",
                        equalTo(List.of("mandatory team", "owns affected service " + service)))
                .body("coverage.find { it.team == 'server-team' }.members", equalTo(List.of("Sid Server")))
                .body("gaps", not(hasItem("no member from server-team")));
    }

    @Test
    void aMemberIsRemovedWithAReasonAndTheirTeamIsAGapAgain() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String memberId = add(id, "{\"name\": \"Nina Net\", \"team\": \"network-team\", \"role\": \"RESPONDER\"}")
                .statusCode(201).extract().path("id");
        String remove = "/api/v1/major-incidents/" + id + "/team/members/" + memberId + "/remove";
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"reason\": \" \"}")
                .when().post(remove).then().statusCode(400).body("invalid-params.name", hasItem("reason"));
        given().header("Authorization", Fixtures.bearer("cust", "customer")).contentType("application/json").body("{\"reason\": \"x\"}")
                .when().post(remove).then().statusCode(403);
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"reason\": \"x\"}")
                .when().post("/api/v1/major-incidents/" + id + "/team/members/" + UUID.randomUUID() + "/remove").then().statusCode(404);

        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"reason\": \"shift ended, handed over\"}")
                .when().post(remove).then().statusCode(200)
                .body("removedAt", equalTo(clock.instant().toString())).body("removedBy", equalTo("ivy.itocc"))
                .body("removalReason", equalTo("shift ended, handed over"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"reason\": \"again\"}")
                .when().post(remove).then().statusCode(409);

        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/team").then()
                .body("members", equalTo(List.of())).body("gaps", hasItem("no member from network-team"));
        JsonNode removed = Fixtures.events(topic, id, "major-incident.member-removed", 1).get(0).path("data");
        assertThat(removed.path("member").path("name").asText()).isEqualTo("Nina Net");
        assertThat(removed.path("reason").asText()).isEqualTo("shift ended, handed over");
        assertThat(removed.path("removedBy").asText()).isEqualTo("ivy.itocc");
        given().header("Authorization", Fixtures.ITOCC).queryParam("size", 50).when().get("/api/v1/major-incidents/" + id + "/timeline")
                .then().body("items.find { it.kind == 'member-removed' }.description",
                        equalTo("Nina Net left the team (network-team, RESPONDER): shift ended, handed over"));
    }

    @Test
    void addingMembersCoversTheirTeamsAndNamesTheCommunicationsCoordinator() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        add(id, "{\"name\": \"Nina Net\", \"email\": \"nina@example.org\", \"phone\": \"+1 405 555 0123\", \"team\": \"Network Team\", \"role\": \"RESPONDER\"}")
                .statusCode(201).body("team", equalTo("Network Team")).body("role", equalTo("RESPONDER")).body("addedBy", equalTo("ivy.itocc"));
        add(id, "{\"name\": \"Cora Comms\", \"username\": \"cora\", \"team\": \"Strategic Initiatives\", \"role\": \"COMMUNICATIONS_COORDINATOR\"}")
                .statusCode(201);

        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/team")
                .then().statusCode(200)
                .body("members.name", equalTo(List.of("Nina Net", "Cora Comms")))
                .body("coverage.find { it.team == 'network-team' }.covered", equalTo(true))
                .body("coverage.find { it.team == 'network-team' }.members", equalTo(List.of("Nina Net")))
                .body("communicationsCoordinatorNamed", equalTo(true))
                .body("communicationsByLeader", equalTo(false))
                .body("gaps", not(hasItem("no member from network-team")))
                .body("gaps", not(hasItem("no Communications Coordinator named")))
                .body("gaps", hasItem("no member from database-team"));
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
