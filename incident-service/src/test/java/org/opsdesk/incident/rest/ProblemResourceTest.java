package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.command;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.events;
import static org.opsdesk.incident.IncidentApi.unique;
import static org.opsdesk.incident.IncidentApi.withoutBody;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** IN-12: a problem for every priority-1 incident and for every workaround; the problem lifecycle. */
@QuarkusTest
class ProblemResourceTest {

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    private static ValidatableResponse problemsOf(String incidentId) {
        return desk().when().get("/api/v1/problems?incidentId=" + incidentId).then().statusCode(200);
    }

    @Test
    void everyPriorityOneIncidentGetsAProblemAtOnce() {
        String id = create(1, "Email down for everyone");
        problemsOf(id).body("items", hasSize(1)).body("items[0].reason", equalTo("PRIORITY_1"))
                .body("items[0].status", equalTo("OPEN")).body("items[0].incidentIds", contains(id));
        JsonNode opened = events(topic, id, "incident.problem-opened", 1).get(0);
        assertThat(opened.path("reason").asText()).isEqualTo("PRIORITY_1");
        assertThat(opened.path("newProblem").asBoolean()).isTrue();
        // resolving it by workaround later does not open a second one
        command(id, "resolve", "{\"resolutionType\": \"WORKAROUND\", \"resolution\": \"Failed over to the DR mail server\", \"confirmationMethod\": \"PHONE\"}");
        problemsOf(id).body("items", hasSize(1));
    }

    @Test
    void aWorkaroundOpensAProblemAndAPermanentFixDoesNot() {
        String workaround = create(3, "Reports slow at month end");
        problemsOf(workaround).body("items", hasSize(0));
        command(workaround, "resolve", "{\"resolutionType\": \"WORKAROUND\", \"resolution\": \"Ran the report at night\", \"confirmationMethod\": \"PHONE\"}");
        problemsOf(workaround).body("items", hasSize(1)).body("items[0].reason", equalTo("WORKAROUND_RESOLUTION"))
                .body("items[0].title", containsString("Reports slow at month end"));
        String fixed = create(3, "Reports slow at month end");
        command(fixed, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"Added an index\", \"confirmationMethod\": \"PHONE\"}");
        problemsOf(fixed).body("items", hasSize(0));
    }

    @Test
    void aProblemIsInvestigatedToAKnownErrorThenFixedAndClosed() {
        String a = create(3, "Badge reader rejects cards");
        String b = create(3, "Badge reader rejects cards at door 2");
        String problem = desk().body("{\"title\": \"Badge readers reject valid cards\", \"incidentIds\": [\"%s\"]}".formatted(a))
                .when().post("/api/v1/problems").then().statusCode(201)
                .header("Location", containsString("/api/v1/problems/"))
                .body("number", matchesPattern("PRB-\\d{7}")).body("reason", equalTo("MANUAL"))
                .extract().path("id");
        desk().body("{\"incidentId\": \"%s\"}".formatted(b)).when().post("/api/v1/problems/" + problem + "/incidents")
                .then().statusCode(200).body("incidentIds", hasSize(2));
        desk().when().post("/api/v1/problems/" + problem + "/close").then().statusCode(409)
                .body("context.state", equalTo("OPEN")).body("context.allowedCommands", hasItem("root-cause"));

        String word = unique("Firmwarebug").replace("-", "");
        desk().body("""
                        {"rootCause": "Reader firmware %s drops the card's second track", "workaround": "Swipe the card twice",
                         "publishKnownError": true}""".formatted(word))
                .when().post("/api/v1/problems/" + problem + "/root-cause").then().statusCode(200)
                .body("status", equalTo("KNOWN_ERROR")).body("knownErrorId", notNullValue());
        desk().queryParam("q", word).when().get("/api/v1/known-errors").then().body("items.workaround", contains("Swipe the card twice"));

        desk().body("{\"resolution\": \"Firmware 4.2 rolled out\"}").when().post("/api/v1/problems/" + problem + "/resolve")
                .then().statusCode(200).body("status", equalTo("RESOLVED"));
        desk().body("{\"incidentId\": \"%s\"}".formatted(a)).when().post("/api/v1/problems/" + problem + "/incidents")
                .then().statusCode(409);
        withoutBody("tess.tech", "technician")
                .when().post("/api/v1/problems/" + problem + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        desk().when().get("/api/v1/problems?status=CLOSED&size=200").then().body("items.id", hasItem(problem));
        desk().when().get("/api/v1/incidents/" + a + "/history?size=100").then().body("items.action", hasItem("PROBLEM_LINKED"));
    }

    @Test
    void aRefusedProblemRequestChangesNothing() {
        desk().body("{\"title\": \"x\", \"incidentIds\": [\"%s\"]}".formatted(UUID.randomUUID()))
                .when().post("/api/v1/problems").then().statusCode(400).body("invalid-params.name", hasItem("incidentId"));
        desk().body("{\"title\": \"\"}").when().post("/api/v1/problems").then().statusCode(400)
                .body("invalid-params.name", hasItem("title"));
        String problem = desk().body("{\"title\": \"Intermittent DNS failures\"}").when().post("/api/v1/problems")
                .then().statusCode(201).extract().path("id");
        desk().body("{\"rootCause\": \"x\", \"publishKnownError\": true}").when().post("/api/v1/problems/" + problem + "/root-cause")
                .then().statusCode(400).body("invalid-params.name", hasItem("workaround"));
        desk().when().get("/api/v1/problems/" + problem).then().body("status", equalTo("OPEN")).body("knownErrorId", equalTo(null));
        desk().when().get("/api/v1/problems/" + UUID.randomUUID()).then().statusCode(404);
        desk().when().get("/api/v1/problems?status=SOLVED").then().statusCode(400);
        as("pat", "dept-of-revenue", "customer").when().get("/api/v1/problems").then().statusCode(403);
        as("exec", null, "executive").body("{\"title\": \"x\"}").when().post("/api/v1/problems").then().statusCode(403);
    }
}
