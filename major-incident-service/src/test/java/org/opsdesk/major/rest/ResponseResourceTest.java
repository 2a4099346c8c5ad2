package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;
import org.opsdesk.major.application.RecoveryService;

/** MI-4 (bridge, EOC), MI-6 (RTO/RPO and the RTO job), MI-8 (disaster: reported to the CIO, declared by the CIO only). */
@QuarkusTest
class ResponseResourceTest extends ApiTest {

    @Inject
    RecoveryService recovery;

    private io.restassured.response.ValidatableResponse post(String id, String path, String token, String body) {
        return given().header("Authorization", token).contentType("application/json").body(body)
                .when().post("/api/v1/major-incidents/" + id + "/" + path).then();
    }

    private io.restassured.response.ValidatableResponse objectives(String id, String body) {
        return given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body(body)
                .when().put("/api/v1/major-incidents/" + id + "/recovery-objectives").then();
    }

    @Test
    void theBridgeDefaultsToTheConfiguredNumberAndItsDetailsAreShared() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        post(id, "bridge", Fixtures.ITOCC, "{}").statusCode(200)
                .body("bridge.dialIn", equalTo("405-522-4900")).body("bridge.accessCode", nullValue())
                .body("bridge.openedAt", equalTo(clock.instant().toString())).body("status", equalTo("ACTIVE"));
        post(id, "bridge", Fixtures.ITOCC, "{\"dialIn\": \"+1 207 555 0100\", \"accessCode\": \"771204\", \"url\": \"https://meet.example.org/mi\"}")
                .statusCode(200).body("bridge.dialIn", equalTo("+1 207 555 0100")).body("bridge.accessCode", equalTo("771204"));
        JsonNode opened = Fixtures.events(topic, id, "major-incident.bridge-opened", 2).get(1).path("data");
        assertThat(opened.path("bridge").path("url").asText()).isEqualTo("https://meet.example.org/mi");
        assertThat(opened.path("by").asText()).isEqualTo("ivy.itocc");
        post(id, "bridge", Fixtures.bearer("cust", "customer"), "{}").statusCode(403);
        post(UUID.randomUUID().toString(), "bridge", Fixtures.ITOCC, "{}").statusCode(404);
        post(id, "bridge", Fixtures.ITOCC, "{\"dialIn\": \"" + "9".repeat(51) + "\"}").statusCode(400)
                .body("invalid-params.name", hasItem("dialIn"));
    }

    @Test
    void theEmergencyOperationsCenterActivationIsRecordedWithItsLocation() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        post(id, "eoc", Fixtures.ITOCC, "{}").statusCode(200).body("eoc.location", equalTo("51 Commerce Drive, Room 412"))
                .body("eoc.activatedAt", equalTo(clock.instant().toString()));
        post(id, "eoc", Fixtures.ITOCC, "{\"location\": \"Alternate site, Augusta\"}").statusCode(200)
                .body("eoc.location", equalTo("Alternate site, Augusta"));
        assertThat(Fixtures.events(topic, id, "major-incident.eoc-activated", 2).get(1).path("data").path("eoc").path("location").asText())
                .isEqualTo("Alternate site, Augusta");
    }

    @Test
    void objectivesAreSetAndEachIsMetOnceByTheLeaderOnly() {
        Fixtures.onDuty("ITOCC_MANAGER", "Ivy Itocc", Fixtures.uniqueInstant(clock));
        String id = Fixtures.declare(Fixtures.uniqueService());
        post(id, "recovery-objectives/rto/met", Fixtures.ITOCC, "{}").statusCode(409)
                .body("detail", containsString("no recovery objectives"));
        objectives(id, "{\"rto\": \"PT4H\", \"rpo\": \"PT15M\"}").statusCode(200)
                .body("recoveryObjectives.rto", equalTo("PT4H")).body("recoveryObjectives.rpo", equalTo("PT15M"))
                .body("recoveryObjectives.rtoDeadline", equalTo(clock.instant().plus(Duration.ofHours(4)).toString()));
        post(id, "recovery-objectives/rpo/met", Fixtures.bearer("tess.tech", "technician", "itocc"), "{}").statusCode(403)
                .body("detail", containsString("002 §V.C.5")).body("detail", containsString("Ivy Itocc"));
        post(id, "recovery-objectives/rpo/met", Fixtures.ITOCC, "{}").statusCode(200)
                .body("recoveryObjectives.rpoMetAt", equalTo(clock.instant().toString()));
        post(id, "recovery-objectives/rpo/met", Fixtures.ITOCC, "{}").statusCode(409).body("detail", containsString("already met"));
        given().header("Authorization", Fixtures.ITOCC).when().post("/api/v1/major-incidents/" + id + "/recovery-objectives/RTO/met")
                .then().statusCode(200);
        post(id, "recovery-objectives/mttr/met", Fixtures.ITOCC, "{}").statusCode(404);
        JsonNode met = Fixtures.events(topic, id, "major-incident.objective-met", 2).get(0).path("data");
        assertThat(met.path("objective").asText()).isEqualTo("RPO");
        assertThat(met.path("metBy").asText()).isEqualTo("ivy.itocc");
        objectives(id, "{\"rto\": \"PT0S\", \"rpo\": \"PT15M\"}").statusCode(400).body("invalid-params.name", hasItem("rto"));
        objectives(id, "{\"rto\": \"four hours\", \"rpo\": \"PT15M\"}").statusCode(400).body("invalid-params.name", hasItem("rto"));
        objectives(id, "{\"rpo\": \"PT15M\"}").statusCode(400).body("invalid-params.name", hasItem("rto"));
    }

    @Test
    void anEstimatePastTheRtoAndAnRtoElapsedUnmetAreEachAnnouncedOnce() {
        Instant at = Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        objectives(id, "{\"rto\": \"PT2H\", \"rpo\": \"PT15M\"}").statusCode(200);
        given().header("Authorization", Fixtures.bearer("pr", "communications")).contentType("application/json")
                .body("""
                        {"nature": "n", "impact": "i", "remediationMetric": "m", "remediationSteps": "s",
                         "estimatedRemediationAt": "%s", "nextUpdateAt": "%s"}
                        """.formatted(at.plus(Duration.ofHours(3)), at.plus(Duration.ofMinutes(30))))
                .when().post("/api/v1/major-incidents/" + id + "/status-updates").then().statusCode(201);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("recoveryObjectives.rtoAtRiskAt", equalTo(at.toString()));

        recovery.recoveryObjectivesDue(at.plus(Duration.ofMinutes(119)));
        recovery.recoveryObjectivesDue(at.plus(Duration.ofHours(2)));
        recovery.recoveryObjectivesDue(at.plus(Duration.ofHours(3)));

        JsonNode atRisk = Fixtures.events(topic, id, "major-incident.rto-at-risk", 1).get(0).path("data");
        assertThat(atRisk.path("rtoDeadline").asText()).isEqualTo(at.plus(Duration.ofHours(2)).toString());
        assertThat(atRisk.path("estimatedRemediationAt").asText()).isEqualTo(at.plus(Duration.ofHours(3)).toString());
        var breached = Fixtures.events(topic, id, "major-incident.rto-breached", 1);
        assertThat(breached).hasSize(1);
        assertThat(Fixtures.events(topic, id, "major-incident.rto-at-risk", 1)).hasSize(1);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("recoveryObjectives.rtoBreachedAt", equalTo(at.plus(Duration.ofHours(2)).toString()));
    }

    @Test
    void aMetRtoIsNeverReportedAsBreached() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ivy Itocc", at);
        String id = Fixtures.declare(Fixtures.uniqueService());
        objectives(id, "{\"rto\": \"PT1H\", \"rpo\": \"PT15M\"}").statusCode(200);
        post(id, "recovery-objectives/rto/met", Fixtures.ITOCC, "{}").statusCode(200);
        recovery.recoveryObjectivesDue(at.plus(Duration.ofHours(5)));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("recoveryObjectives.rtoBreachedAt", nullValue());
    }

    @Test
    void aDisasterRiskIsReportedToTheCioAndOnlyTheCioDeclaresTheDisaster() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("CIO", "Cleo Cio", at);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String risk = "{\"assessment\": \"Data center power loss affects most hosted applications\"}";
        post(id, "disaster-risk", Fixtures.bearer("tina", "technician"), risk).statusCode(403)
                .body("detail", equalTo("only these groups may report a disaster risk: cto"));
        post(id, "disaster-risk", Fixtures.bearer("carl", "cto"), "{}").statusCode(400).body("invalid-params.name", hasItem("assessment"));
        post(id, "disaster-risk", Fixtures.bearer("carl", "cto"), risk).statusCode(200).body("disaster", equalTo(false));
        JsonNode reported = Fixtures.events(topic, id, "major-incident.disaster-risk-reported", 1).get(0).path("data");
        assertThat(reported.path("cio").path("name").asText()).isEqualTo("Cleo Cio");
        assertThat(reported.path("cio").path("email").asText()).isEqualTo("cleo.cio@example.org");
        assertThat(reported.path("reportedBy").asText()).isEqualTo("carl");

        String declare = "{\"reason\": \"Primary data center lost; fail over to the DR site\"}";
        post(id, "disaster", Fixtures.bearer("carl", "cto"), declare).statusCode(403)
                .body("detail", equalTo("only these groups may declare a disaster: cio"));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id).then().body("disaster", equalTo(false));
        post(id, "disaster", Fixtures.bearer("cleo", "cio"), declare).statusCode(200).body("disaster", equalTo(true))
                .body("disasterDeclaredBy", equalTo("cleo")).body("status", equalTo("ACTIVE"));
        post(id, "disaster", Fixtures.bearer("cleo", "cio"), declare).statusCode(409).body("detail", containsString("already declared a disaster"));
        JsonNode declared = Fixtures.events(topic, id, "major-incident.disaster-declared", 1).get(0).path("data");
        assertThat(declared.path("declaredBy").asText()).isEqualTo("cleo");
        assertThat(declared.path("disaster").asBoolean()).isTrue();
        assertThat(declared.path("reason").asText()).startsWith("Primary data center lost");
    }
}
