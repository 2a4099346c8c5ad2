package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.application.DeclarationService;
import org.opsdesk.major.Fixtures;
import org.opsdesk.platform.testing.Tokens;

/** MI-1 (who may declare) and MI-2 (the coordinator from the roster along the fallback chain). */
@QuarkusTest
class DeclarationResourceTest extends ApiTest {

    @Inject
    DeclarationService declarations;

    private static String body(String type, String service) {
        return """
                {"title": "Email down statewide", "type": "%s", "serviceIds": ["%s"], "impactSummary": "No agency can send mail",
                 "incidentIds": []}
                """.formatted(type, service);
    }

    @ParameterizedTest(name = "{0} may declare {1}: {2}")
    @CsvSource({
            "itocc, OPERATIONAL, 201", "service-desk, OPERATIONAL, 201", "soc, OPERATIONAL, 201", "executive, OPERATIONAL, 201",
            "strategic-initiatives, OPERATIONAL, 201", "executive-sponsor, OPERATIONAL, 201", "cto, OPERATIONAL, 201",
            "security-officer, CYBERSECURITY, 201", "security-officer, OPERATIONAL, 403",
            "technician, OPERATIONAL, 403", "team-manager, OPERATIONAL, 403", "duty-manager, OPERATIONAL, 403",
            "communications, OPERATIONAL, 403", "customer, OPERATIONAL, 403", "monitoring, OPERATIONAL, 403",
            "integration, OPERATIONAL, 403", "cio, CYBERSECURITY, 403"})
    void theDeclarationAuthorityMatrixRoleByRole(String group, String type, int status) {
        long before = count("major_incident");
        var response = given().header("Authorization", Fixtures.bearer("someone", group)).contentType("application/json")
                .body(body(type, Fixtures.uniqueService()))
                .when().post("/api/v1/major-incidents")
                .then().statusCode(status);
        if (status == 403) {
            response.contentType("application/problem+json")
                    .body("detail", containsString("only these groups may declare a " + type + " major incident: "))
                    .body("detail", containsString("itocc"))
                    .body("detail", containsString("/api/v1/major-incident-proposals"));
            assertThat(count("major_incident")).isEqualTo(before);
        } else {
            response.body("declaredBy", equalTo("someone")).body("type", equalTo(type));
            assertThat(count("major_incident")).isEqualTo(before + 1);
        }
    }

    @Test
    void aDeclarationAnswers201WithTheCoordinatorOnDutyAndAnnouncesIt() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        Fixtures.onDuty("STRATEGIC_INITIATIVES", "Sam Strategy", at);
        Fixtures.onDuty("DUTY_MANAGER", "Dan Duty", at);
        String incidentId = UUID.randomUUID().toString();
        String service = Fixtures.uniqueService();

        String id = given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body("""
                        {"title": "Payroll portal down", "type": "OPERATIONAL", "serviceIds": ["%s"],
                         "impactSummary": "Nobody can submit timesheets", "incidentIds": ["%s"]}
                        """.formatted(service, incidentId))
                .when().post("/api/v1/major-incidents")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/major-incidents/"))
                .body("number", matchesPattern("MI-\\d{6}"))
                .body("status", equalTo("DECLARED"))
                .body("title", equalTo("Payroll portal down"))
                .body("serviceIds", equalTo(List.of(service)))
                .body("incidentIds", equalTo(List.of(incidentId)))
                .body("coordinator.name", equalTo("Ada Manager"))
                .body("coordinator.email", equalTo("ada.manager@example.org"))
                .body("coordinator.phone", equalTo("+1 405 555 0100"))
                .body("coordinator.role", equalTo("ITOCC_MANAGER"))
                .body("coordinatorGap", equalTo(false))
                .body("declaredAt", equalTo(at.toString()))
                .body("declaredBy", equalTo("ivy.itocc"))
                .body("resolvedAt", nullValue())
                .extract().path("id");

        List<JsonNode> events = Fixtures.events(topic, id, 2);
        assertThat(events).extracting(e -> e.path("type").asText())
                .containsExactly("major-incident.declared", "major-incident.coordinator-assigned");
        JsonNode declared = events.get(0).path("data");
        assertThat(declared.path("incidentIds").get(0).asText()).isEqualTo(incidentId);
        assertThat(declared.path("coordinator").path("name").asText()).isEqualTo("Ada Manager");
        assertThat(declared.path("dutyManager").path("name").asText()).isEqualTo("Dan Duty");
        assertThat(events.get(1).path("data").path("reason").asText()).contains("ITOCC_MANAGER");

        given().header("Authorization", Fixtures.bearer("tina", "technician")).when().get("/api/v1/major-incidents/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("allowedCommands", hasItem("resolve"));
    }

    @ParameterizedTest(name = "on duty {0} -> {1}")
    @CsvSource({"ITOCC_DESIGNEE;STRATEGIC_INITIATIVES;SERVICE_QUALITY, ITOCC_DESIGNEE",
            "STRATEGIC_INITIATIVES;SERVICE_QUALITY, STRATEGIC_INITIATIVES", "SERVICE_QUALITY;CIO, SERVICE_QUALITY"})
    void theCoordinatorFollowsTheFallbackChain(String onDuty, String leads) {
        Instant at = Fixtures.uniqueInstant(clock);
        for (String role : onDuty.split(";")) {
            Fixtures.onDuty(role, "Person " + role, at);
        }
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + Fixtures.declare(Fixtures.uniqueService()))
                .then().statusCode(200).body("coordinator.role", equalTo(leads)).body("coordinator.name", equalTo("Person " + leads));
    }

    @Test
    void aCybersecurityMajorIncidentIsLedByTheEnterpriseSecurityOfficer() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        Fixtures.onDuty("ENTERPRISE_SECURITY_OFFICER", "Eve Security", at);
        String id = given().header("Authorization", Fixtures.bearer("eve", "security-officer")).contentType("application/json")
                .body(body("CYBERSECURITY", Fixtures.uniqueService()))
                .when().post("/api/v1/major-incidents").then().statusCode(201)
                .body("coordinator.name", equalTo("Eve Security"))
                .body("coordinator.role", equalTo("ENTERPRISE_SECURITY_OFFICER")).extract().path("id");
        assertThat(Fixtures.events(topic, id, 2).get(1).path("data").path("reason").asText()).contains("ENTERPRISE_SECURITY_OFFICER");
    }

    /** 002 §IV.B, §V.A.3: the designees of the CTO, ACIO and TBC Director declare while on duty as such (roster). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"CTO_DESIGNEE", "ASSOCIATE_CIO_APPLICATIONS_DESIGNEE", "TBC_DIRECTOR_DESIGNEE"})
    void aDesigneeOnDutyDeclaresWhateverTheTokenGroupsAndOnlyWhileOnDuty(String designeeRole) {
        Instant at = Fixtures.uniqueInstant(clock);
        String dana = Fixtures.bearer("dana.deputy", "technician");
        long before = count("major_incident");
        given().header("Authorization", dana).contentType("application/json").body(body("OPERATIONAL", Fixtures.uniqueService()))
                .when().post("/api/v1/major-incidents").then().statusCode(403)
                .body("detail", containsString("or whoever is on duty as CTO_DESIGNEE, ASSOCIATE_CIO_APPLICATIONS_DESIGNEE, TBC_DIRECTOR_DESIGNEE"));
        assertThat(count("major_incident")).isEqualTo(before);

        Fixtures.onDuty(designeeRole, "Dana Deputy", at);
        given().header("Authorization", dana).contentType("application/json").body(body("OPERATIONAL", Fixtures.uniqueService()))
                .when().post("/api/v1/major-incidents").then().statusCode(201).body("declaredBy", equalTo("dana.deputy"));

        clock.advance(Duration.ofHours(9));
        given().header("Authorization", dana).contentType("application/json").body(body("OPERATIONAL", Fixtures.uniqueService()))
                .when().post("/api/v1/major-incidents").then().statusCode(403);
    }

    /** 002 §IV.E, §V.A.6, 004 §2: a major incident found to be a security incident is retyped, and the ESO leads it. */
    @Test
    void anOperationalMajorIncidentRetypedToCybersecurityIsLedByTheSecurityOfficerAndCanBeRetypedBack() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        Fixtures.onDuty("ENTERPRISE_SECURITY_OFFICER", "Eve Security", at);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String retype = "{\"type\": \"%s\", \"reason\": \"%s\"}";
        given().header("Authorization", Fixtures.bearer("tina", "technician")).contentType("application/json")
                .body(retype.formatted("CYBERSECURITY", "malware found")).when().post("/api/v1/major-incidents/" + id + "/type")
                .then().statusCode(403).body("detail", containsString("security-officer"));
        given().header("Authorization", Fixtures.bearer("eve.security", "security-officer")).contentType("application/json")
                .body("{\"type\": \"CYBERSECURITY\"}").when().post("/api/v1/major-incidents/" + id + "/type")
                .then().statusCode(400).body("invalid-params.name", hasItem("reason"));

        given().header("Authorization", Fixtures.bearer("eve.security", "security-officer")).contentType("application/json")
                .body(retype.formatted("CYBERSECURITY", "ransomware note on the payroll servers"))
                .when().post("/api/v1/major-incidents/" + id + "/type")
                .then().statusCode(200).body("type", equalTo("CYBERSECURITY"))
                .body("coordinator.name", equalTo("Eve Security")).body("coordinator.role", equalTo("ENTERPRISE_SECURITY_OFFICER"));
        given().header("Authorization", Fixtures.bearer("eve.security", "security-officer")).contentType("application/json")
                .body(retype.formatted("CYBERSECURITY", "again")).when().post("/api/v1/major-incidents/" + id + "/type")
                .then().statusCode(409);

        JsonNode changed = Fixtures.events(topic, id, "major-incident.type-changed", 1).get(0).path("data");
        assertThat(changed.path("type").asText()).isEqualTo("CYBERSECURITY");
        assertThat(changed.path("previousType").asText()).isEqualTo("OPERATIONAL");
        assertThat(changed.path("reason").asText()).isEqualTo("ransomware note on the payroll servers");
        assertThat(changed.path("changedBy").asText()).isEqualTo("eve.security");
        assertThat(Fixtures.events(topic, id, "major-incident.coordinator-assigned", 2).get(1).path("data").path("reason").asText())
                .contains("002 §IV.E");
        var kinds = given().header("Authorization", Fixtures.ITOCC).queryParam("size", 50)
                .when().get("/api/v1/major-incidents/" + id + "/timeline").then().extract().jsonPath();
        assertThat(kinds.getList("items.kind", String.class)).containsSubsequence("type-changed", "coordinator-assigned");
        assertThat(kinds.getList("items.description", String.class))
                .contains("type OPERATIONAL → CYBERSECURITY: ransomware note on the payroll servers");

        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(retype.formatted("OPERATIONAL", "no compromise after all")).when().post("/api/v1/major-incidents/" + id + "/type")
                .then().statusCode(200).body("type", equalTo("OPERATIONAL")).body("coordinator.name", equalTo("Eve Security"));
    }

    /** 002 §IV.E: the Enterprise Security Officer may take the lead of a cybersecurity major incident, not of an operational one. */
    @Test
    void theSecurityOfficerTakesTheLeadOfACybersecurityMajorIncidentOnly() {
        Fixtures.uniqueInstant(clock);
        String operational = Fixtures.declare(Fixtures.uniqueService());
        String cyber = Fixtures.declareOfType("CYBERSECURITY", Fixtures.uniqueService());
        String eve = """
                {"name": "Eve Security", "username": "eve.security", "role": "ENTERPRISE_SECURITY_OFFICER", "reason": "security breach"}
                """;
        given().header("Authorization", Fixtures.bearer("eve.security", "security-officer")).contentType("application/json").body(eve)
                .when().post("/api/v1/major-incidents/" + operational + "/coordinator").then().statusCode(403);
        given().header("Authorization", Fixtures.bearer("eve.security", "security-officer")).contentType("application/json").body(eve)
                .when().post("/api/v1/major-incidents/" + cyber + "/coordinator").then().statusCode(200)
                .body("coordinator.name", equalTo("Eve Security"));
    }

    @Test
    void withNobodyOnDutyTheMajorIncidentIsStillDeclaredAndTheGapAnnounced() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().statusCode(200).body("coordinator", nullValue()).body("coordinatorGap", equalTo(true));
        List<JsonNode> events = Fixtures.events(topic, id, 2);
        assertThat(events.get(1).path("type").asText()).isEqualTo("major-incident.coordinator-gap");
        assertThat(events.get(1).path("data").path("reason").asText())
                .isEqualTo("nobody on duty along ITOCC_MANAGER → ITOCC_DESIGNEE → STRATEGIC_INITIATIVES → SERVICE_QUALITY");
        assertThat(events.get(1).path("data").path("coordinatorGap").asBoolean()).isTrue();
    }

    /** MI-2: the gap is filled by the first shift that covers a chain role, when it starts or when it is saved. */
    @Test
    void aShiftThatStartsCoveringTheChainFillsTheGapAndAnnouncesIt() {
        Instant at = Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        Fixtures.onDuty("STRATEGIC_INITIATIVES", "Sam Strategy", at.plus(Duration.ofHours(2))); // from an hour from now
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("coordinatorGap", equalTo(true));

        clock.set(at.plus(Duration.ofHours(1)));
        // what the coordinator-gaps job does (the shift fills every open gap of the module's database, so at least this one)
        assertThat(declarations.fillCoordinatorGaps()).isPositive();
        assertThat(declarations.fillCoordinatorGaps()).isZero();
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("coordinatorGap", equalTo(false)).body("coordinator.name", equalTo("Sam Strategy"))
                .body("coordinator.role", equalTo("STRATEGIC_INITIATIVES"));
        JsonNode assigned = Fixtures.events(topic, id, "major-incident.coordinator-assigned", 1).get(0);
        assertThat(assigned.path("data").path("reason").asText()).startsWith("gap filled: STRATEGIC_INITIATIVES came on duty");

        Instant later = Fixtures.uniqueInstant(clock);
        String another = Fixtures.declare(Fixtures.uniqueService());
        Fixtures.onDuty("SERVICE_QUALITY", "Quinn Quality", later); // on duty now: saving the shift fills the gap
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + another)
                .then().body("coordinatorGap", equalTo(false)).body("coordinator.name", equalTo("Quinn Quality"));
    }

    @Test
    void anAuthorityReassignsTheCoordinatorAndOthersMayNot() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String body = """
                {"name": "Rita Lead", "email": "rita@example.org", "phone": "+1 207 555 0142", "username": "rita",
                 "role": "TBC_DIRECTOR", "reason": "closest to the situation"}
                """;
        given().header("Authorization", Fixtures.bearer("tina", "technician")).contentType("application/json").body(body)
                .when().post("/api/v1/major-incidents/" + id + "/coordinator")
                .then().statusCode(403).body("detail", containsString("only these groups may assign the coordinator of"));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("coordinatorGap", equalTo(true));

        given().header("Authorization", Fixtures.bearer("carl", "cto")).contentType("application/json").body(body)
                .when().post("/api/v1/major-incidents/" + id + "/coordinator")
                .then().statusCode(200).body("coordinator.name", equalTo("Rita Lead"))
                .body("coordinator.role", equalTo("TBC_DIRECTOR")).body("coordinatorGap", equalTo(false));
        JsonNode assigned = Fixtures.events(topic, id, "major-incident.coordinator-assigned", 1).get(0);
        assertThat(assigned.path("data").path("reason").asText()).isEqualTo("reassigned by carl: closest to the situation");
        assertThat(assigned.path("data").path("coordinator").path("phone").asText()).isEqualTo("+1 207 555 0142");
    }

    @Test
    void invalidDeclarationsNameTheFieldsAndStoreNothing() {
        long before = count("major_incident");
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body("{\"title\": \"\", \"type\": \"OPERATIONAL\", \"serviceIds\": [], \"impactSummary\": \" \"}")
                .when().post("/api/v1/major-incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", hasItems("title", "serviceIds", "impactSummary"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(body("NATURAL_DISASTER", "svc"))
                .when().post("/api/v1/major-incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("type"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(body("OPERATIONAL", "svc").replace("\"incidentIds\": []", "\"incidentIds\": [\"not-a-uuid\"]"))
                .when().post("/api/v1/major-incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("incidentIds[0]"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(body("OPERATIONAL", "svc").replace("\"incidentIds\": []", "\"severity\": 1"))
                .when().post("/api/v1/major-incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("severity"));
        given().contentType("application/json").body(body("OPERATIONAL", "svc"))
                .when().post("/api/v1/major-incidents").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.expired("itocc")).contentType("application/json").body(body("OPERATIONAL", "svc"))
                .when().post("/api/v1/major-incidents").then().statusCode(401);
        assertThat(count("major_incident")).isEqualTo(before);
    }

    @Test
    void anIncidentAlreadyInAMajorIncidentCannotBeDeclaredAgain() {
        Fixtures.uniqueInstant(clock);
        String incidentId = UUID.randomUUID().toString();
        String first = Fixtures.declare(Fixtures.uniqueService(), incidentId);
        long before = count("major_incident");
        String number = given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + first).then().extract().path("number");
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(body("OPERATIONAL", Fixtures.uniqueService()).replace("\"incidentIds\": []", "\"incidentIds\": [\"" + incidentId + "\"]"))
                .when().post("/api/v1/major-incidents")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already belongs to major incident " + number));
        assertThat(count("major_incident")).isEqualTo(before);
    }

    @Test
    void theListFiltersByStatusIncidentAndServiceAndAnswers404ForUnknownIds() {
        Fixtures.uniqueInstant(clock);
        String incidentId = UUID.randomUUID().toString();
        String service = Fixtures.uniqueService();
        String id = Fixtures.declare(service, incidentId);
        given().header("Authorization", Fixtures.ITOCC).queryParam("incidentId", incidentId)
                .when().get("/api/v1/major-incidents")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().header("Authorization", Fixtures.ITOCC).queryParam("serviceId", service).queryParam("status", "DECLARED")
                .when().get("/api/v1/major-incidents")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().header("Authorization", Fixtures.ITOCC).queryParam("status", "RESOLVED").queryParam("size", 200)
                .when().get("/api/v1/major-incidents")
                .then().statusCode(200).body("items.status", everyItem(equalTo("RESOLVED"))).body("items.id", not(hasItem(id)));
        given().header("Authorization", Fixtures.ITOCC).queryParam("status", "OPEN")
                .when().get("/api/v1/major-incidents").then().statusCode(400).body("invalid-params.name", hasItem("status"));
        given().header("Authorization", Fixtures.ITOCC).queryParam("size", 500)
                .when().get("/api/v1/major-incidents").then().statusCode(400);
        given().header("Authorization", Fixtures.bearer("cust", "customer"))
                .when().get("/api/v1/major-incidents").then().statusCode(403);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/not-a-uuid").then().statusCode(404);
    }

}
