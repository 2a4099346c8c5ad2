package org.opsdesk.incident.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.opsdesk.incident.IncidentApi.admin;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.AdjustableClock;

/** The reference data and its defaults: admins change it, others read it (IN-3, IN-4, IN-5, IN-7, IN-8, IN-9). */
@QuarkusTest
class ReferenceDataResourceTest {

    @Inject
    EntityManager em;

    @Inject
    AdjustableClock clock;

    @Test
    void theDefaultsAreLoaded() {
        desk().when().get("/api/v1/services/payroll-portal").then().statusCode(200)
                .body("significant", equalTo(true)).body("owningTeam", equalTo("application-support"));
        desk().when().get("/api/v1/teams/service-desk").then().statusCode(200)
                .body("tier", equalTo(1)).body("escalatesTo", equalTo("application-support"))
                .body("managers.name", contains("Service Desk Manager", "Director of Service Operations"));
        desk().when().get("/api/v1/teams").then().statusCode(200).body("tier", hasItem(3)).body("[0].tier", equalTo(1));
        desk().when().get("/api/v1/help-desks").then().statusCode(200).body("id", hasItem("public-safety-help-desk"));
        desk().when().get("/api/v1/categories").then().statusCode(200)
                .body("code", hasItem("hardware-failure")).body("code", hasItem("performance-degradation"));
        desk().when().get("/api/v1/priority-matrix").then().statusCode(200).body("cells", hasSize(12));
        desk().when().get("/api/v1/sla-policies").then().statusCode(200)
                .body("findAll { it.customerOrg == null }.priority", contains("P1", "P2", "P3", "P4", "P5"))
                .body("find { it.priority == 'P1' && it.customerOrg == null }.responseTarget", equalTo("PT15M"));
    }

    @Test
    void teamsAreAddedAndChangedByAdminsOnly() {
        String id = unique("team");
        String body = """
                {"id": "%s", "name": "Field Services", "tier": 2, "escalatesTo": "infrastructure-engineering",
                 "members": ["fay.field"], "managers": [{"name": "Fred Boss", "email": "fred@opsdesk.example", "phone": "+1-405-555-0190"}]}
                """.formatted(id);
        desk().body(body).when().post("/api/v1/teams").then().statusCode(403);
        admin().body(body).when().post("/api/v1/teams").then().statusCode(201)
                .header("Location", containsString("/api/v1/teams/" + id)).body("members", contains("fay.field"));
        admin().body(body).when().post("/api/v1/teams").then().statusCode(409);
        admin().body(body.replace("Field Services", "Field Ops"))
                .when().put("/api/v1/teams/" + id).then().statusCode(200).body("name", equalTo("Field Ops"));
        admin().body(body.replace("\"tier\": 2", "\"tier\": 9")).when().put("/api/v1/teams/" + id).then().statusCode(400)
                .body("invalid-params.name", hasItem("tier"));
        admin().body(body.replace("infrastructure-engineering", "nowhere")).when().put("/api/v1/teams/" + id).then().statusCode(400)
                .body("invalid-params.name", hasItem("escalatesTo"));
        admin().body(body.replace("\"escalatesTo\": \"infrastructure-engineering\"", "\"escalatesTo\": \"" + id + "\""))
                .when().put("/api/v1/teams/" + id).then().statusCode(400).body("invalid-params.name", hasItem("escalatesTo"));
        admin().body(body).when().put("/api/v1/teams/" + unique("ghost")).then().statusCode(400);
        admin().body(body.replace("\"id\": \"" + id + "\", ", "")).when().put("/api/v1/teams/" + unique("ghost")).then().statusCode(404);
        desk().when().get("/api/v1/teams/" + id).then().statusCode(200).body("name", equalTo("Field Ops")).body("tier", equalTo(2));
    }

    @Test
    void anEscalationPathCannotLoop() {
        String a = unique("team");
        String b = unique("team");
        admin().body("{\"id\": \"%s\", \"name\": \"A\", \"tier\": 2}".formatted(a)).when().post("/api/v1/teams").then().statusCode(201);
        admin().body("{\"id\": \"%s\", \"name\": \"B\", \"tier\": 3, \"escalatesTo\": \"%s\"}".formatted(b, a))
                .when().post("/api/v1/teams").then().statusCode(201);
        admin().body("{\"name\": \"A\", \"tier\": 2, \"escalatesTo\": \"%s\"}".formatted(b)).when().put("/api/v1/teams/" + a)
                .then().statusCode(400).body("invalid-params[0].reason", containsString("loop"));
        desk().when().get("/api/v1/teams/" + a).then().body("escalatesTo", equalTo(null));
    }

    @Test
    void theServiceCatalogNamesOwnerAndSignificance() {
        String id = unique("svc");
        String body = "{\"id\": \"%s\", \"name\": \"Fleet tracking\", \"owningTeam\": \"application-support\", \"significant\": false}"
                .formatted(id);
        as("tess", null, "technician").body(body).when().post("/api/v1/services").then().statusCode(403);
        admin().body(body).when().post("/api/v1/services").then().statusCode(201).body("active", equalTo(true));
        admin().body(body).when().post("/api/v1/services").then().statusCode(409);
        admin().body(body.replace("false", "true")).when().put("/api/v1/services/" + id).then().statusCode(200)
                .body("significant", equalTo(true));
        admin().body(body.replace("application-support", "nobody")).when().put("/api/v1/services/" + id).then().statusCode(400)
                .body("invalid-params.name", hasItem("owningTeam"));
        admin().body("{\"id\": \"Bad Id!\", \"name\": \"x\", \"owningTeam\": \"server-team\", \"significant\": true}")
                .when().post("/api/v1/services").then().statusCode(400).body("invalid-params.name", hasItem("id"));
        desk().when().get("/api/v1/services/" + unique("none")).then().statusCode(404);
        // an incident of the now significant service is flagged for the major-incident process
        desk().body("{\"source\": \"PHONE\", \"summary\": \"Fleet map blank\", \"severity\": 1, \"serviceIds\": [\"%s\"]}".formatted(id))
                .when().post("/api/v1/incidents").then().statusCode(201).body("significantService", equalTo(true));
    }

    @Test
    void helpDesksAndCategoriesAreMaintained() {
        String desk = unique("hd");
        admin().body("{\"id\": \"%s\", \"name\": \"Corrections IT\", \"phone\": \"+1-405-555-0300\", \"url\": \"https://it.doc.example\"}"
                        .formatted(desk))
                .when().post("/api/v1/help-desks").then().statusCode(201);
        admin().body("{\"name\": \"Corrections IT\", \"url\": \"ftp://nope\"}").when().put("/api/v1/help-desks/" + desk)
                .then().statusCode(400).body("invalid-params.name", hasItem("url"));
        admin().body("{\"name\": \"Corrections IT\", \"email\": \"it@doc.example\"}").when().put("/api/v1/help-desks/" + desk)
                .then().statusCode(200).body("email", equalTo("it@doc.example"));
        desk().when().get("/api/v1/help-desks/" + desk).then().body("email", equalTo("it@doc.example"));

        String category = unique("cat");
        admin().body("{\"code\": \"%s\", \"name\": \"Printing\"}".formatted(category)).when().post("/api/v1/categories")
                .then().statusCode(201).body("active", equalTo(true));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 4, \"category\": \"%s\"}".formatted(category))
                .when().post("/api/v1/incidents").then().statusCode(201);
        admin().body("{\"name\": \"Printing\", \"active\": false}").when().put("/api/v1/categories/" + category)
                .then().statusCode(200).body("active", equalTo(false));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 4, \"category\": \"%s\"}".formatted(category))
                .when().post("/api/v1/incidents").then().statusCode(400).body("invalid-params.name", hasItem("category"));
        admin().body("{\"code\": \"other\", \"name\": \"x\"}").when().put("/api/v1/categories/" + category).then().statusCode(400);
        desk().when().get("/api/v1/categories/" + unique("none")).then().statusCode(404);
    }

    @Test
    void thePriorityMatrixIsReplacedWholeAndDrivesNewIncidents() {
        List<Map<String, Object>> original = desk().when().get("/api/v1/priority-matrix").then().extract().path("cells");
        String changed = matrix("P5");
        try {
            desk().body(changed).when().put("/api/v1/priority-matrix").then().statusCode(403);
            admin().body(changed).when().put("/api/v1/priority-matrix").then().statusCode(200).body("cells", hasSize(12));
            desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 2, \"urgency\": \"LOW\"}")
                    .when().post("/api/v1/incidents").then().statusCode(201).body("priority", equalTo("P5"));
            admin().body(changed.replaceFirst("\\{\"severity\": 1, \"urgency\": \"HIGH\", \"priority\": \"P1\"},", ""))
                    .when().put("/api/v1/priority-matrix").then().statusCode(400).body("detail", containsString("cells"));
            desk().when().get("/api/v1/priority-matrix").then().body("cells.find { it.severity == 2 && it.urgency == 'LOW' }.priority",
                    equalTo("P5"));
        } finally {
            admin().body(Map.of("cells", original)).when().put("/api/v1/priority-matrix").then().statusCode(200);
        }
        desk().when().get("/api/v1/priority-matrix").then().body("cells.find { it.severity == 2 && it.urgency == 'LOW' }.priority",
                equalTo("P4"));
    }

    /**
     * A replica keeps the reference data in memory: a change made through another replica (here straight in the
     * database) is seen once the copy is older than reference-cache-ttl (30 s); a change through the API at once.
     */
    @Test
    void aChangeMadeThroughAnotherReplicaIsSeenOnceTheCachedCopyExpires() {
        List<Map<String, Object>> original = desk().when().get("/api/v1/priority-matrix").then().extract().path("cells");
        String threeMedium = "{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 3, \"urgency\": \"MEDIUM\"}";
        clock.set(Instant.now());
        try {
            admin().body(Map.of("cells", original)).when().put("/api/v1/priority-matrix").then().statusCode(200);
            logged(threeMedium).body("priority", equalTo("P4"));
            setCellInTheDatabase(3, "MEDIUM", "P2");
            logged(threeMedium).body("priority", equalTo("P4"));
            clock.advance(Duration.ofSeconds(29));
            logged(threeMedium).body("priority", equalTo("P4"));
            clock.advance(Duration.ofSeconds(1));
            logged(threeMedium).body("priority", equalTo("P2"));
        } finally {
            clock.reset();
            setCellInTheDatabase(3, "MEDIUM", "P4");
            admin().body(Map.of("cells", original)).when().put("/api/v1/priority-matrix").then().statusCode(200);
        }
        logged(threeMedium).body("priority", equalTo("P4"));
    }

    private static ValidatableResponse logged(String body) {
        return desk().body(body).when().post("/api/v1/incidents").then().statusCode(201);
    }

    private void setCellInTheDatabase(int severity, String urgency, String priority) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update priority_rule set priority = ?1 where severity = ?2 and urgency = ?3")
                .setParameter(1, priority).setParameter(2, severity).setParameter(3, urgency).executeUpdate());
    }

    /** The default matrix with severity 2 / LOW set to {@code twoLow}. */
    private static String matrix(String twoLow) {
        String[][] rows = {{"P1", "P2", "P3"}, {"P2", "P3", twoLow}, {"P3", "P4", "P5"}, {"P4", "P5", "P5"}};
        String[] urgencies = {"HIGH", "MEDIUM", "LOW"};
        StringBuilder cells = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            for (int u = 0; u < 3; u++) {
                cells.append(cells.isEmpty() ? "" : ",")
                        .append("{\"severity\": %d, \"urgency\": \"%s\", \"priority\": \"%s\"}".formatted(s + 1, urgencies[u], rows[s][u]));
            }
        }
        return "{\"cells\": [" + cells + "]}";
    }

    /** 004 §3.3: the four levels, readable by whoever logs or reports an incident. */
    @Test
    void theSeverityLevelsAndTheirDefinitionsAreReadableByEveryAuthenticatedCaller() {
        for (var caller : List.of(desk(), as("pat", "dept-of-revenue", "customer"), as("prometheus", null, "monitoring"))) {
            caller.when().get("/api/v1/severity-levels").then().statusCode(200)
                    .body("level", contains(1, 2, 3, 4)).body("name", contains("Critical", "High", "Medium", "Low"))
                    .body("[0].definition", startsWith("Complete loss of a critical business service"))
                    .body("[3].definition", containsString("single user"));
        }
        given().when().get("/api/v1/severity-levels").then().statusCode(401);
    }

    /** 004 §3.3: a client's SLA terms are linked to the severity levels; the priority stays the internal ordering. */
    @Test
    void aClientsSlaTermsPerSeverityApplyToItsIncidentsOfThatSeverity() {
        String org = unique("client");
        String policy = "{\"customerOrg\": %s, \"priority\": %s, \"severity\": %s, \"responseTarget\": \"PT10M\", "
                + "\"resolutionTarget\": \"PT2H\", \"hours\": \"TWENTY_FOUR_SEVEN\"}";
        String id = admin().body(policy.formatted("\"" + org + "\"", null, 2)).when().post("/api/v1/sla-policies").then()
                .statusCode(201).body("severity", equalTo(2)).body("priority", nullValue()).extract().path("id");
        admin().body(policy.formatted("\"" + org + "\"", null, 2)).when().post("/api/v1/sla-policies").then().statusCode(409);
        admin().body(policy.formatted("\"" + org + "\"", "\"P2\"", 2)).when().post("/api/v1/sla-policies").then()
                .statusCode(400).body("invalid-params.name", hasItem("priority"));
        admin().body(policy.formatted(null, null, 2)).when().post("/api/v1/sla-policies").then()
                .statusCode(400).body("invalid-params.name", hasItem("customerOrg"));
        admin().body(policy.formatted("\"" + org + "\"", null, 5)).when().post("/api/v1/sla-policies").then()
                .statusCode(400).body("invalid-params.name", hasItem("severity"));
        desk().when().get("/api/v1/sla-policies?customerOrg=" + org).then().body("id", contains(id));

        String incident = desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 2, \"urgency\": \"LOW\", \"customerOrg\": \"%s\"}"
                        .formatted(org)).when().post("/api/v1/incidents").then().statusCode(201)
                .body("sla.responseTarget", equalTo("PT10M")).body("sla.resolutionTarget", equalTo("PT2H")).extract().path("id");
        desk().body("{\"severity\": 3}").when().patch("/api/v1/incidents/" + incident).then().statusCode(200)
                .body("sla.resolutionTarget", not(equalTo("PT2H")));
        desk().body("{\"severity\": 2}").when().patch("/api/v1/incidents/" + incident).then().statusCode(200)
                .body("sla.resolutionTarget", equalTo("PT2H"));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 2, \"urgency\": \"LOW\", \"customerOrg\": \"%s\"}"
                        .formatted(unique("other-client"))).when().post("/api/v1/incidents").then().statusCode(201)
                .body("sla.resolutionTarget", not(equalTo("PT2H")));
    }

    @Test
    void aCustomersOwnSlaPolicyAppliesToItsIncidents() {
        String org = unique("agency");
        String id = admin().body("""
                        {"customerOrg": "%s", "priority": "P3", "responseTarget": "PT1H", "resolutionTarget": "PT8H", "hours": "TWENTY_FOUR_SEVEN"}
                        """.formatted(org))
                .when().post("/api/v1/sla-policies").then().statusCode(201)
                .header("Location", containsString("/api/v1/sla-policies/")).body("responseTarget", equalTo("PT1H"))
                .extract().path("id");
        admin().body("{\"customerOrg\": \"%s\", \"priority\": \"P3\", \"responseTarget\": \"PT2H\", \"resolutionTarget\": \"PT8H\", \"hours\": \"BUSINESS_HOURS\"}"
                        .formatted(org))
                .when().post("/api/v1/sla-policies").then().statusCode(409);
        admin().body("{\"customerOrg\": \"%s\", \"priority\": \"P3\", \"responseTarget\": \"-PT1H\", \"resolutionTarget\": \"PT8H\", \"hours\": \"BUSINESS_HOURS\"}"
                        .formatted(unique("agency")))
                .when().post("/api/v1/sla-policies").then().statusCode(400).body("invalid-params.name", hasItem("responseTarget"));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 2, \"urgency\": \"MEDIUM\", \"customerOrg\": \"%s\"}".formatted(org))
                .when().post("/api/v1/incidents").then().statusCode(201)
                .body("sla.hours", equalTo("TWENTY_FOUR_SEVEN")).body("sla.responseTarget", equalTo("PT1H"));
        desk().when().get("/api/v1/sla-policies?customerOrg=" + org).then().body("id", contains(id));

        admin().body("{\"responseTarget\": \"PT30M\", \"resolutionTarget\": \"PT6H\", \"hours\": \"TWENTY_FOUR_SEVEN\"}")
                .when().put("/api/v1/sla-policies/" + id).then().statusCode(200).body("responseTarget", equalTo("PT30M"));
        admin().when().delete("/api/v1/sla-policies/" + id).then().statusCode(204);
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 2, \"urgency\": \"MEDIUM\", \"customerOrg\": \"%s\"}".formatted(org))
                .when().post("/api/v1/incidents").then().statusCode(201).body("sla.hours", equalTo("BUSINESS_HOURS"));
        admin().when().delete("/api/v1/sla-policies/00000000-0000-4000-8000-000000000001").then().statusCode(409);
        admin().when().delete("/api/v1/sla-policies/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void knownErrorsAreFoundByTheirSymptoms() {
        String word = unique("Quuxotron").replace("-", "");
        String id = desk().body("""
                        {"title": "%s kiosk freezes", "symptoms": "The %s kiosk freezes on the payment screen",
                         "workaround": "Hold the power button for ten seconds", "serviceIds": ["tax-filing"]}""".formatted(word, word))
                .when().post("/api/v1/known-errors").then().statusCode(201).extract().path("id");
        search(word + " payment").body("items.id", contains(id)).body("total", equalTo(1));
        search("\"" + word + " kiosk\" -printer").body("items.id", contains(id));
        search(word + " -payment").body("total", equalTo(0));
        search("vpn 809").body("items[0].title", equalTo("VPN client fails with error 809"));

        desk().body("{\"title\": \"t\", \"symptoms\": \"s\", \"workaround\": \"w\", \"active\": false}")
                .when().put("/api/v1/known-errors/" + id).then().statusCode(200).body("active", equalTo(false));
        search(word).body("total", equalTo(0));
        desk().body("{\"title\": \"t\", \"symptoms\": \"s\"}").when().post("/api/v1/known-errors").then().statusCode(400)
                .body("invalid-params.name", hasItem("workaround"));
        desk().body("{\"title\": \"t\", \"symptoms\": \"s\", \"workaround\": \"w\", \"serviceIds\": [\"nowhere\"]}")
                .when().post("/api/v1/known-errors").then().statusCode(400).body("invalid-params.name", hasItem("serviceIds"));
        desk().when().get("/api/v1/known-errors/" + UUID.randomUUID()).then().statusCode(404);
        as("pat", "dept-of-revenue", "customer").when().get("/api/v1/known-errors?q=vpn").then().statusCode(403);
        search("").body("items.title", not(hasItem("t")));
    }

    @Test
    void unknownIdsAre404AndOnlyAdminsWriteReferenceData() {
        String ghost = unique("ghost");
        for (String path : List.of("/api/v1/teams/", "/api/v1/services/", "/api/v1/help-desks/", "/api/v1/categories/")) {
            desk().when().get(path + ghost).then().statusCode(404).contentType("application/problem+json");
        }
        desk().when().get("/api/v1/sla-policies/" + UUID.randomUUID()).then().statusCode(404);
        desk().when().get("/api/v1/sla-policies/not-a-uuid").then().statusCode(404);
        admin().body("{\"name\": \"x\", \"owningTeam\": \"server-team\", \"significant\": true}").when().put("/api/v1/services/" + ghost)
                .then().statusCode(404);
        admin().body("{\"name\": \"x\"}").when().put("/api/v1/help-desks/" + ghost).then().statusCode(404);
        admin().body("{\"name\": \"x\"}").when().put("/api/v1/categories/" + ghost).then().statusCode(404);
        admin().body("{\"responseTarget\": \"PT1H\", \"resolutionTarget\": \"PT2H\", \"hours\": \"BUSINESS_HOURS\"}")
                .when().put("/api/v1/sla-policies/" + UUID.randomUUID()).then().statusCode(404);

        Map<String, String> writes = Map.of(
                "/api/v1/help-desks", "{\"id\": \"%s\", \"name\": \"x\"}".formatted(ghost),
                "/api/v1/categories", "{\"code\": \"%s\", \"name\": \"x\"}".formatted(ghost),
                "/api/v1/sla-policies", "{\"customerOrg\": \"%s\", \"priority\": \"P1\", \"responseTarget\": \"PT1H\", \"resolutionTarget\": \"PT2H\", \"hours\": \"BUSINESS_HOURS\"}".formatted(ghost));
        writes.forEach((path, body) -> {
            desk().body(body).when().post(path).then().statusCode(403);
            as("pat", ghost, "customer").body(body).when().post(path).then().statusCode(403);
        });
        desk().when().get("/api/v1/help-desks/" + ghost).then().statusCode(404);
        desk().when().get("/api/v1/categories/" + ghost).then().statusCode(404);
        desk().when().get("/api/v1/sla-policies?customerOrg=" + ghost).then().body("$", hasSize(0));
        admin().body("{\"customerOrg\": \"%s\", \"responseTarget\": \"PT1H\", \"resolutionTarget\": \"PT2H\", \"hours\": \"BUSINESS_HOURS\"}"
                        .formatted(ghost))
                .when().post("/api/v1/sla-policies").then().statusCode(400).body("invalid-params.name", hasItem("priority"));
    }

    private static ValidatableResponse search(String q) {
        return desk().queryParam("q", q).when().get("/api/v1/known-errors").then().statusCode(200);
    }
}
