package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;

/** MI-2: the on-duty roster is managed through the API. */
@QuarkusTest
class RosterResourceTest extends ApiTest {

    private static String shift(String role, String name, Instant from, Instant to) {
        return """
                {"dutyRole": "%s", "name": "%s", "email": "duty@example.org", "phone": "+1 405 555 0111", "username": "duty",
                 "startsAt": "%s", "endsAt": "%s"}
                """.formatted(role, name, from, to);
    }

    @Test
    void aShiftIsAddedReadFilteredChangedAndRemoved() {
        Instant at = Fixtures.uniqueInstant(clock);
        String id = given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(shift("DUTY_MANAGER", "Dan Duty", at, at.plus(Duration.ofHours(12))))
                .when().post("/api/v1/roster")
                .then().statusCode(201).header("Location", containsString("/api/v1/roster/"))
                .body("dutyRole", equalTo("DUTY_MANAGER")).body("name", equalTo("Dan Duty"))
                .body("createdBy", equalTo("ivy.itocc")).extract().path("id");

        given().header("Authorization", Fixtures.bearer("tina", "technician"))
                .queryParam("dutyRole", "DUTY_MANAGER").queryParam("at", at.plusSeconds(60).toString())
                .when().get("/api/v1/roster")
                .then().statusCode(200).body("items.id", equalTo(List.of(id))).body("total", equalTo(1));
        given().header("Authorization", Fixtures.ITOCC).queryParam("dutyRole", "DUTY_MANAGER")
                .queryParam("at", at.minusSeconds(1).toString())
                .when().get("/api/v1/roster").then().statusCode(200).body("total", equalTo(0));

        given().header("Authorization", Fixtures.bearer("dora", "duty-manager")).contentType("application/json")
                .body(shift("DUTY_MANAGER", "Dina Duty", at, at.plus(Duration.ofHours(6))))
                .when().put("/api/v1/roster/" + id)
                .then().statusCode(200).body("name", equalTo("Dina Duty"));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/roster/" + id)
                .then().statusCode(200).body("endsAt", equalTo(at.plus(Duration.ofHours(6)).toString()));

        given().header("Authorization", Fixtures.ITOCC).when().delete("/api/v1/roster/" + id).then().statusCode(204);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/roster/" + id).then().statusCode(404);
        given().header("Authorization", Fixtures.ITOCC).when().delete("/api/v1/roster/" + id).then().statusCode(404);

        // each change is an event, so the status page names whoever is on duty now (002 §V.B.5); schema-checked
        List<com.fasterxml.jackson.databind.JsonNode> events = Fixtures.events(topic, id, 3);
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("major-incident.duty-shift-saved",
                "major-incident.duty-shift-saved", "major-incident.duty-shift-removed");
        assertThat(events.get(1).at("/data/name").asText()).isEqualTo("Dina Duty");
        assertThat(events.get(1).at("/data/dutyManager").asBoolean()).isTrue();
        assertThat(events.get(1).at("/data/endsAt").asText()).isEqualTo(at.plus(Duration.ofHours(6)).toString());
    }

    @Test
    void ofOverlappingShiftsTheOneThatStartedLastIsOnDuty() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Early Bird", at.minus(Duration.ofHours(2)));
        Fixtures.onDuty("ITOCC_MANAGER", "Late Shift", at);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + Fixtures.declare(Fixtures.uniqueService()))
                .then().body("coordinator.name", equalTo("Late Shift"));
    }

    @Test
    void invalidShiftsAreRefusedAndOnlyRosterEditorsMayChangeIt() {
        Instant at = Fixtures.uniqueInstant(clock);
        long before = count("roster_entry");
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(shift("WIZARD", "Merlin", at, at.plusSeconds(3600)))
                .when().post("/api/v1/roster")
                .then().statusCode(400).body("invalid-params.name", hasItem("dutyRole"))
                .body("invalid-params[0].reason", containsString("ITOCC_MANAGER"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(shift("CIO", "Cleo", at, at))
                .when().post("/api/v1/roster").then().statusCode(400).body("invalid-params.name", hasItem("endsAt"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body("{\"dutyRole\": \"CIO\", \"email\": \"not-an-email\"}")
                .when().post("/api/v1/roster").then().statusCode(400)
                .body("invalid-params.name", hasItem("name")).body("invalid-params.name", hasItem("email"))
                .body("invalid-params.name", hasItem("startsAt"));
        given().header("Authorization", Fixtures.bearer("tina", "technician")).contentType("application/json")
                .body(shift("CIO", "Cleo", at, at.plusSeconds(3600)))
                .when().post("/api/v1/roster").then().statusCode(403);
        given().header("Authorization", Fixtures.ITOCC).queryParam("at", "yesterday")
                .when().get("/api/v1/roster").then().statusCode(400).body("invalid-params.name", hasItem("at"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(shift("CIO", "Cleo", at, at.plusSeconds(3600)))
                .when().put("/api/v1/roster/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(count("roster_entry")).isEqualTo(before);
    }

}
