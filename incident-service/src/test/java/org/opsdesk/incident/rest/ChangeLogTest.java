package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.event;
import static org.opsdesk.incident.IncidentApi.unique;
import static org.opsdesk.incident.IncidentApi.withoutBody;
import static org.opsdesk.platform.testing.ChangeLogApi.entries;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.AdjustableClock;
import org.opsdesk.platform.testing.ChangeLogApi;

/**
 * Every change of reference data and of an open problem names who made it and when, in the change log (issue 9);
 * every change of reference data is also published on incident.events.v1, keyed by the resource (issue 20).
 */
@QuarkusTest
class ChangeLogTest {

    /** In the past, so the reference cache never holds a copy from the future once the clock is reset. */
    private static final Instant T0 = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant T1 = T0.plus(Duration.ofMinutes(1));

    @Inject
    EntityManager em;

    @Inject
    AdjustableClock clock;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestSpecification cora() {
        return as("cora.config", null, "admin");
    }

    @Test
    void teamsServicesHelpDesksAndCategoriesNameWhoChangedThemAndWhen() {
        String team = unique("team");
        String body = """
                {"id": "%s", "name": "Field Services", "tier": 2, "escalatesTo": "infrastructure-engineering", "members": ["fay.field"]}
                """.formatted(team);
        clock.set(T0);
        cora().body(body).when().post("/api/v1/teams").then().statusCode(201);
        clock.set(T1);
        cora().body(body.replace("Field Services", "Field Ops").replace("infrastructure-engineering", "application-support"))
                .when().put("/api/v1/teams/" + team).then().statusCode(200);
        entries("team", team).body("items.action", contains("UPDATED", "CREATED"))
                .body("items.actor", contains("cora.config", "cora.config"))
                .body("items.at", contains(T1.toString(), T0.toString()))
                .body("items.resourceId", contains(team, team))
                .body("items[0].summary", equalTo("name: Field Services → Field Ops; escalatesTo: infrastructure-engineering → application-support"))
                .body("items[1].summary", equalTo("name: Field Services, tier: 2, escalatesTo: infrastructure-engineering, members: [fay.field]"));
        JsonNode teamChanged = data(team, "incident.team-changed", "UPDATED");
        assertThat(teamChanged.path("name").asText()).isEqualTo("Field Ops");
        assertThat(teamChanged.path("escalatesTo").asText()).isEqualTo("application-support");
        assertThat(teamChanged.path("members").toString()).isEqualTo("[\"fay.field\"]");
        assertThat(teamChanged.has("managers")).as("managers' contact details stay out").isFalse();
        data(team, "incident.team-changed", "CREATED");

        String service = unique("svc");
        cora().body("{\"id\": \"%s\", \"name\": \"Fleet\", \"owningTeam\": \"application-support\", \"significant\": false}".formatted(service))
                .when().post("/api/v1/services").then().statusCode(201);
        entries("service", service).body("items.action", contains("CREATED")).body("items[0].actor", equalTo("cora.config"));
        cora().body("{\"name\": \"Fleet\", \"owningTeam\": \"application-support\", \"significant\": true, \"active\": false}")
                .when().put("/api/v1/services/" + service).then().statusCode(200);
        data(service, "incident.service-changed", "CREATED");
        JsonNode serviceChanged = data(service, "incident.service-changed", "UPDATED");
        assertThat(serviceChanged.path("serviceId").asText()).isEqualTo(service);
        assertThat(serviceChanged.path("name").asText()).isEqualTo("Fleet");
        assertThat(serviceChanged.path("owningTeam").asText()).isEqualTo("application-support");
        assertThat(serviceChanged.path("significant").asBoolean()).isTrue();
        assertThat(serviceChanged.path("active").isBoolean() && !serviceChanged.path("active").asBoolean()).isTrue();

        String helpDesk = unique("hd");
        cora().body("{\"id\": \"%s\", \"name\": \"Corrections IT\", \"phone\": \"+1-405-555-0300\"}".formatted(helpDesk))
                .when().post("/api/v1/help-desks").then().statusCode(201);
        cora().body("{\"name\": \"Corrections IT\", \"email\": \"it@doc.example\"}").when().put("/api/v1/help-desks/" + helpDesk)
                .then().statusCode(200);
        entries("help-desk", helpDesk).body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].summary", equalTo("phone: +1-405-555-0300 → none; email: none → it@doc.example"));
        assertThat(data(helpDesk, "incident.help-desk-changed", "CREATED").path("phone").asText()).isEqualTo("+1-405-555-0300");
        assertThat(data(helpDesk, "incident.help-desk-changed", "UPDATED").path("email").asText()).isEqualTo("it@doc.example");

        String category = unique("cat");
        cora().body("{\"code\": \"%s\", \"name\": \"Printing\"}".formatted(category)).when().post("/api/v1/categories")
                .then().statusCode(201);
        cora().body("{\"name\": \"Printing\", \"active\": false}").when().put("/api/v1/categories/" + category).then().statusCode(200);
        entries("category", category).body("items.summary", contains("active: true → false", "name: Printing, active: true"));
        data(category, "incident.category-changed", "CREATED");
        assertThat(data(category, "incident.category-changed", "UPDATED").path("active").asBoolean()).isFalse();

        ChangeLogApi.assertReadOnly(em, team);
    }

    @Test
    void slaPoliciesThePriorityMatrixAndKnownErrorsNameWhoChangedThem() {
        clock.set(T0);
        String policy = cora().body("""
                        {"customerOrg": "%s", "priority": "P3", "responseTarget": "PT1H", "resolutionTarget": "PT8H", "hours": "TWENTY_FOUR_SEVEN"}
                        """.formatted(unique("agency")))
                .when().post("/api/v1/sla-policies").then().statusCode(201).extract().path("id");
        cora().body("{\"responseTarget\": \"PT30M\", \"resolutionTarget\": \"PT8H\", \"hours\": \"TWENTY_FOUR_SEVEN\"}")
                .when().put("/api/v1/sla-policies/" + policy).then().statusCode(200);
        cora().when().delete("/api/v1/sla-policies/" + policy).then().statusCode(204);
        entries("sla-policy", policy).body("items.action", contains("DELETED", "UPDATED", "CREATED"))
                .body("items[1].summary", equalTo("responseTarget: PT1H → PT30M"));
        assertThat(data(policy, "incident.sla-policy-changed", "CREATED").path("responseTarget").asText()).isEqualTo("PT1H");
        assertThat(data(policy, "incident.sla-policy-changed", "UPDATED").path("responseTarget").asText()).isEqualTo("PT30M");
        assertThat(data(policy, "incident.sla-policy-changed", "DELETED").path("priority").asText()).isEqualTo("P3");

        List<Map<String, Object>> original = desk().when().get("/api/v1/priority-matrix").then().extract().path("cells");
        List<Map<String, Object>> changed = original.stream()
                .map(c -> c.get("severity").equals(4) && c.get("urgency").equals("HIGH") ? Map.<String, Object>of("severity", 4, "urgency", "HIGH", "priority", "P3") : c)
                .toList();
        clock.set(T1);
        try {
            cora().body(Map.of("cells", changed)).when().put("/api/v1/priority-matrix").then().statusCode(200);
            entries("priority-matrix", "default")
                    .body("items.find { it.at == '%s' && it.summary == '4/HIGH: P4 → P3' }.actor".formatted(T1), equalTo("cora.config"));
            JsonNode matrix = event(topic, "priority-matrix", "incident.priority-matrix-changed",
                    e -> e.path("time").asText().equals(T1.toString())).path("data");
            assertThat(matrix.path("cells")).hasSize(12);
            assertThat(matrix.path("cells").toString()).contains("{\"severity\":4,\"urgency\":\"HIGH\",\"priority\":\"P3\"}");
        } finally {
            cora().body(Map.of("cells", original)).when().put("/api/v1/priority-matrix").then().statusCode(200);
        }

        String knownError = as("kim.desk", null, "service-desk")
                .body("{\"title\": \"Kiosk freezes\", \"symptoms\": \"Frozen screen\", \"workaround\": \"Power cycle\"}")
                .when().post("/api/v1/known-errors").then().statusCode(201).extract().path("id");
        as("kim.desk", null, "service-desk").body("{\"title\": \"Kiosk freezes\", \"symptoms\": \"Frozen screen\", \"workaround\": \"Power cycle\", \"active\": false}")
                .when().put("/api/v1/known-errors/" + knownError).then().statusCode(200);
        entries("known-error", knownError).body("items.actor", contains("kim.desk", "kim.desk"))
                .body("items.summary", contains("active: true → false", "title: Kiosk freezes, symptoms: Frozen screen, workaround: Power cycle, active: true"));
        assertThat(data(knownError, "incident.known-error-changed", "CREATED").path("workaround").asText()).isEqualTo("Power cycle");
        assertThat(data(knownError, "incident.known-error-changed", "UPDATED").path("active").asBoolean()).isFalse();
    }

    /** The data of the event keyed {@code key} with {@code action}, checked against its schema. */
    private JsonNode data(String key, String type, String action) {
        return event(topic, key, type, e -> e.path("data").path("action").asText().equals(action)).path("data");
    }

    @Test
    void eachChangeOfAnOpenProblemNamesWhoMadeIt() {
        String first = create(3, "Badge reader rejects cards");
        String second = create(3, "Badge reader rejects cards at door 2");
        String secondNumber = desk().when().get("/api/v1/incidents/" + second).then().extract().path("number");
        String problem = as("pia.problem", null, "technician").body("{\"title\": \"Badge readers\", \"incidentIds\": [\"%s\"]}".formatted(first))
                .when().post("/api/v1/problems").then().statusCode(201).extract().path("id");
        as("tom.tech", null, "technician").body("{\"incidentId\": \"%s\"}".formatted(second))
                .when().post("/api/v1/problems/" + problem + "/incidents").then().statusCode(200);
        String knownError = as("tom.tech", null, "technician")
                .body("{\"rootCause\": \"Reader firmware\", \"workaround\": \"Swipe twice\", \"publishKnownError\": true}")
                .when().post("/api/v1/problems/" + problem + "/root-cause").then().statusCode(200).extract().path("knownErrorId");
        as("pia.problem", null, "technician").body("{\"resolution\": \"Firmware 4.2\"}")
                .when().post("/api/v1/problems/" + problem + "/resolve").then().statusCode(200);
        withoutBody("pia.problem", "technician").when().post("/api/v1/problems/" + problem + "/close").then().statusCode(200);

        entries("problem", problem)
                .body("items.action", contains("UPDATED", "UPDATED", "UPDATED", "UPDATED", "UPDATED", "CREATED"))
                .body("items.actor", contains("pia.problem", "pia.problem", "tom.tech", "tom.tech", "pia.problem", "pia.problem"))
                .body("items[0].summary", equalTo("status: RESOLVED → CLOSED"))
                .body("items[1].summary", equalTo("status: KNOWN_ERROR → RESOLVED; resolution: none → Firmware 4.2"))
                .body("items[2].summary", containsString("rootCause: none → Reader firmware"))
                .body("items[3].summary", equalTo("incident " + secondNumber + " linked"));
        entries("known-error", knownError).body("items.actor", contains("tom.tech")).body("items.action", contains("CREATED"));
        assertThat(data(knownError, "incident.known-error-changed", "CREATED").path("workaround").asText()).isEqualTo("Swipe twice");
    }
}
