package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.command;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Work log (IN-10), contact attempts (IN-15), links and duplicates (IN-6), follow-ups of closed incidents (IN-14). */
@QuarkusTest
class IncidentWorkTest {

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    private static String customersIncident() {
        return create("""
                {"source": "PHONE", "summary": "Cannot print payslips", "severity": 3, "customerOrg": "dept-of-revenue",
                 "serviceIds": ["payroll-portal"], "category": "software-bug",
                 "reporter": {"name": "Pat Reporter", "email": "pat@revenue.example"}}""");
    }

    @Test
    void theWorkLogKeepsInternalNotesFromTheCustomer() {
        String id = customersIncident();
        desk().body("{\"text\": \"Checked the print server: spooler stopped\"}")
                .when().post("/api/v1/incidents/" + id + "/notes").then().statusCode(201)
                .body("visibility", equalTo("INTERNAL")).body("author", equalTo("sam.desk"));
        desk().body("{\"text\": \"We are restarting the print service\", \"visibility\": \"CUSTOMER_VISIBLE\"}")
                .when().post("/api/v1/incidents/" + id + "/notes").then().statusCode(201);
        as("pat", "dept-of-revenue", "customer").body("{\"text\": \"Still failing at 10:05\", \"visibility\": \"INTERNAL\"}")
                .when().post("/api/v1/incidents/" + id + "/notes").then().statusCode(201)
                .body("visibility", equalTo("CUSTOMER_VISIBLE"));

        desk().when().get("/api/v1/incidents/" + id + "/notes").then().statusCode(200).body("total", equalTo(3));
        as("pat", "dept-of-revenue", "customer").when().get("/api/v1/incidents/" + id + "/notes").then().statusCode(200)
                .body("total", equalTo(2)).body("items.text", contains("We are restarting the print service", "Still failing at 10:05"));
        desk().when().get("/api/v1/incidents/" + id + "/history?size=100").then()
                .body("items.findAll { it.action == 'NOTE_ADDED' }", hasSize(3));
    }

    @Test
    void theCustomersReplyEndsTheWaitForTheCustomer() {
        String id = customersIncident();
        command(id, "assign", "{\"team\": \"application-support\", \"assignee\": \"tess.tech\"}");
        command(id, "hold", "{\"reason\": \"Which printer? Please send its asset tag\"}");
        desk().body("{\"text\": \"Asked the customer again\"}").when().post("/api/v1/incidents/" + id + "/notes").then().statusCode(201);
        desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("ON_HOLD"));
        as("pat", "dept-of-revenue", "customer").body("{\"text\": \"Asset tag PR-4471\"}")
                .when().post("/api/v1/incidents/" + id + "/notes").then().statusCode(201);
        desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("IN_PROGRESS")).body("sla.paused", equalTo(false));
        assertThat(events(topic, id, "incident.resumed", 1).get(0).path("reason").asText()).isEqualTo("the customer replied");
    }

    @Test
    void aRefusedNoteAddsNothing() {
        String id = customersIncident();
        desk().body("{\"text\": \"\"}").when().post("/api/v1/incidents/" + id + "/notes").then().statusCode(400)
                .body("invalid-params.name", hasItem("text"));
        desk().body("{\"text\": \"x\", \"visibility\": \"PUBLIC\"}").when().post("/api/v1/incidents/" + id + "/notes")
                .then().statusCode(400);
        as("lee", "other-agency", "customer").body("{\"text\": \"hi\"}").when().post("/api/v1/incidents/" + id + "/notes")
                .then().statusCode(404);
        desk().body("{\"text\": \"x\"}").when().post("/api/v1/incidents/" + UUID.randomUUID() + "/notes").then().statusCode(404);
        desk().when().get("/api/v1/incidents/" + id + "/notes").then().body("total", equalTo(0));
    }

    @Test
    void contactAttemptsAreRecordedAndSayWhatTheClosureStillNeeds() {
        String id = customersIncident();
        desk().body("{\"method\": \"PHONE\", \"outcome\": \"NO_ANSWER\", \"note\": \"rang twice\"}")
                .when().post("/api/v1/incidents/" + id + "/contact-attempts").then().statusCode(201)
                .body("method", equalTo("PHONE")).body("recordedBy", equalTo("sam.desk"));
        desk().body("{\"method\": \"PIGEON\", \"outcome\": \"NO_ANSWER\"}")
                .when().post("/api/v1/incidents/" + id + "/contact-attempts").then().statusCode(400);
        desk().body("{\"method\": \"EMAIL\"}")
                .when().post("/api/v1/incidents/" + id + "/contact-attempts").then().statusCode(400)
                .body("invalid-params.name", hasItem("outcome"));
        desk().body("{\"method\": \"EMAIL\", \"outcome\": \"NO_REPLY\", \"at\": \"2999-01-01T00:00:00Z\"}")
                .when().post("/api/v1/incidents/" + id + "/contact-attempts").then().statusCode(400)
                .body("invalid-params.name", hasItem("at"));
        desk().when().get("/api/v1/incidents/" + id + "/contact-attempts").then().statusCode(200)
                .body("items", hasSize(1)).body("closableAsUnreachable", equalTo(false))
                .body("unmet", hasItem("3 unsuccessful contact attempts needed, 1 recorded"));
        as("pat", "dept-of-revenue", "customer").when().get("/api/v1/incidents/" + id + "/contact-attempts").then().statusCode(403);
    }

    @Test
    void linkingADuplicateTellsTheOwnerOfTheFirstCase() {
        String first = customersIncident();
        command(first, "assign", "{\"team\": \"application-support\", \"assignee\": \"tess.tech\"}");
        String second = customersIncident();
        desk().body("{\"type\": \"DUPLICATE_OF\", \"targetId\": \"" + first + "\"}")
                .when().post("/api/v1/incidents/" + second + "/links").then().statusCode(201)
                .body("type", equalTo("DUPLICATE_OF")).body("direction", equalTo("OUTGOING")).body("incidentId", equalTo(first));

        JsonNode told = events(topic, first, "incident.duplicate-reported", 1).get(0);
        assertThat(told.path("assignee").asText()).isEqualTo("tess.tech");
        assertThat(told.path("assignedTeam").asText()).isEqualTo("application-support");
        assertThat(told.path("duplicateIncidentId").asText()).isEqualTo(second);
        assertThat(events(topic, second, "incident.linked", 1).get(0).path("targetIncidentId").asText()).isEqualTo(first);

        desk().when().get("/api/v1/incidents/" + first + "/links").then().statusCode(200)
                .body("direction", contains("INCOMING")).body("incidentId", contains(second));
        desk().when().get("/api/v1/incidents/" + first + "/history").then()
                .body("items.action", hasItem("DUPLICATE_REPORTED"));
    }

    @Test
    void aRefusedLinkAddsNothing() {
        String a = customersIncident();
        String b = customersIncident();
        desk().body("{\"type\": \"RELATED_TO\", \"targetId\": \"" + b + "\"}").when().post("/api/v1/incidents/" + a + "/links")
                .then().statusCode(201);
        desk().body("{\"type\": \"RELATED_TO\", \"targetId\": \"" + b + "\"}").when().post("/api/v1/incidents/" + a + "/links")
                .then().statusCode(409).body("detail", containsString("already"));
        desk().body("{\"type\": \"RELATED_TO\", \"targetId\": \"" + a + "\"}").when().post("/api/v1/incidents/" + a + "/links")
                .then().statusCode(400).body("invalid-params.name", hasItem("targetId"));
        desk().body("{\"type\": \"RELATED_TO\", \"targetId\": \"" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/incidents/" + a + "/links").then().statusCode(400).body("invalid-params.name", hasItem("targetId"));
        desk().body("{\"type\": \"LOOKS_LIKE\", \"targetId\": \"" + b + "\"}").when().post("/api/v1/incidents/" + a + "/links")
                .then().statusCode(400);
        desk().when().get("/api/v1/incidents/" + a + "/links").then().body("$", hasSize(1));
    }

    @Test
    void aClosedIncidentIsNeverReopenedAFollowUpIsLinkedToItInstead() {
        String closed = customersIncident();
        command(closed, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"Driver updated\", \"confirmationMethod\": \"PHONE\"}");
        command(closed, "confirm", "{}");

        String followUp = desk().body("""
                        {"source": "PHONE", "summary": "Payslips fail to print again", "severity": 3, "followUpOf": "%s"}
                        """.formatted(closed))
                .when().post("/api/v1/incidents").then().statusCode(201)
                .body("followUpOf", equalTo(closed))
                .body("customerOrg", equalTo("dept-of-revenue"))
                .body("serviceIds", contains("payroll-portal"))
                .body("reporter.name", equalTo("Pat Reporter"))
                .extract().path("id");
        assertThat(events(topic, followUp, "incident.created", 1).get(0).path("status").asText()).isEqualTo("NEW");
        desk().when().get("/api/v1/incidents/" + followUp + "/links").then()
                .body("type", contains("FOLLOW_UP_OF")).body("incidentId", contains(closed));
        desk().when().get("/api/v1/incidents/" + closed).then().body("status", equalTo("CLOSED")).body("reopenCount", equalTo(0));

        String open = customersIncident();
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 3, \"followUpOf\": \"" + open + "\"}")
                .when().post("/api/v1/incidents").then().statusCode(409).body("detail", containsString("not closed"));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 3, \"followUpOf\": \"" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/incidents").then().statusCode(404);
    }
}
