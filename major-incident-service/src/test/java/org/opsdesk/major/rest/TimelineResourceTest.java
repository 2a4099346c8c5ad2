package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.TopicReader;

/** MI-9: everything that happened, in order, with who and when. */
@QuarkusTest
class TimelineResourceTest extends ApiTest {

    @ConfigProperty(name = "mp.messaging.incoming.notification-events.topic")
    String notificationTopic;

    private void post(String id, String path, String token, String body) {
        given().header("Authorization", token).contentType("application/json").body(body)
                .when().post("/api/v1/major-incidents/" + id + "/" + path).then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    @Test
    void theTimelineRecordsEveryStepInOrderWithWhoAndWhen() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        Fixtures.onDuty("CIO", "Cleo Cio", at);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String ada = Fixtures.bearer("ada.manager", "itocc");
        clock.advance(Duration.ofMinutes(5));
        post(id, "team/members", ada, "{\"name\": \"Cora Comms\", \"team\": \"Strategic Initiatives\", \"role\": \"COMMUNICATIONS_COORDINATOR\"}");
        clock.advance(Duration.ofMinutes(1));
        post(id, "bridge", ada, "{}");
        post(id, "eoc", ada, "{}");
        post(id, "status-updates", ada, """
                {"nature": "Payroll down", "impact": "No timesheets", "remediationMetric": "portal up", "remediationSteps": "failover",
                 "estimatedRemediationAt": "%s", "nextUpdateAt": "%s"}
                """.formatted(clock.instant().plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofMinutes(30))));
        given().header("Authorization", ada).contentType("application/json").body("{\"rto\": \"PT4H\", \"rpo\": \"PT1H\"}")
                .when().put("/api/v1/major-incidents/" + id + "/recovery-objectives").then().statusCode(200);
        post(id, "changes", ada, "{\"externalId\": \"CHG-%s\", \"serviceIds\": [\"payroll\"], \"summary\": \"failover\", \"implementedAt\": \"%s\"}"
                .formatted(UUID.randomUUID(), clock.instant()));
        post(id, "incidents", ada, "{\"incidentId\": \"" + UUID.randomUUID() + "\"}");
        post(id, "disaster-risk", Fixtures.bearer("carl", "cto"), "{\"assessment\": \"spreading\"}");
        post(id, "recovery-objectives/rto/met", ada, "{}");
        clock.advance(Duration.ofMinutes(30));
        post(id, "resolve", ada, "{\"resolutionSummary\": \"failed over\"}");
        post(id, "tickets", ada, "{\"kind\": \"FOLLOW_UP\", \"reference\": \"RITM-1\"}");
        post(id, "close", ada, "{}");

        JsonPath timeline = given().header("Authorization", Fixtures.bearer("tina", "technician")).queryParam("size", 200)
                .when().get("/api/v1/major-incidents/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("items.kind", String.class)).containsExactly("declared", "coordinator-assigned",
                "member-added", "state-changed", "bridge-opened", "eoc-activated", "status-update-published",
                "recovery-objectives-set", "change-linked", "incident-linked", "disaster-risk-reported", "objective-met",
                "resolved", "state-changed", "ticket-linked", "closed", "state-changed");
        assertThat(timeline.getList("items.actor", String.class)).containsExactly("ivy.itocc", "system", "ada.manager",
                "ada.manager", "ada.manager", "ada.manager", "ada.manager", "ada.manager", "ada.manager", "ada.manager", "carl",
                "ada.manager", "ada.manager", "ada.manager", "ada.manager", "ada.manager", "ada.manager");
        assertThat(timeline.getString("items[0].at")).isEqualTo(at.toString());
        assertThat(timeline.getString("items[2].at")).isEqualTo(at.plus(Duration.ofMinutes(5)).toString());
        assertThat(timeline.getString("items[12].at")).isEqualTo(at.plus(Duration.ofMinutes(36)).toString());
        assertThat(timeline.getList("items.findAll { it.kind == 'state-changed' }.description", String.class))
                .containsExactly("status DECLARED → ACTIVE", "status ACTIVE → RESOLVED", "status RESOLVED → CLOSED");
        assertThat(timeline.getString("items[10].description")).contains("Cleo Cio");
    }

    private io.restassured.response.ValidatableResponse write(String id, String token, String text) {
        return given().header("Authorization", token).contentType("application/json").body("{\"text\": \"" + text + "\"}")
                .when().post("/api/v1/major-incidents/" + id + "/timeline").then();
    }

    @Test
    void theScribeAndTheLeaderWriteEntriesBesideTheJournaledOnesAndOtherRespondersMayNot() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        String id = Fixtures.declare(Fixtures.uniqueService());
        post(id, "team/members", Fixtures.ITOCC, "{\"name\": \"Sam Scribe\", \"username\": \"sam.scribe\", \"team\": \"service-desk\", \"role\": \"SCRIBE\"}");
        String sam = Fixtures.bearer("sam.scribe", "service-desk");
        clock.advance(Duration.ofMinutes(3));

        write(id, sam, "14:03 network team reports packet loss on the core switch").statusCode(201)
                .body("kind", equalTo("manual-entry")).body("actor", equalTo("sam.scribe"))
                .body("at", equalTo(at.plus(Duration.ofMinutes(3)).toString()));
        write(id, Fixtures.bearer("ada.manager", "itocc"), "decided to fail over").statusCode(201).body("actor", equalTo("ada.manager"));
        write(id, Fixtures.bearer("tina", "technician"), "not a scribe").statusCode(403);
        write(id, sam, " ").statusCode(400).body("invalid-params.name", org.hamcrest.Matchers.hasItem("text"));
        write(UUID.randomUUID().toString(), sam, "x").statusCode(404);

        JsonPath timeline = given().header("Authorization", Fixtures.ITOCC).queryParam("size", 50)
                .when().get("/api/v1/major-incidents/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("items.kind", String.class)).containsExactly("declared", "coordinator-assigned",
                "member-added", "state-changed", "manual-entry", "manual-entry");
        assertThat(timeline.getList("items.findAll { it.kind == 'manual-entry' }.description", String.class))
                .containsExactly("14:03 network team reports packet loss on the core switch", "decided to fail over");
    }

    @Test
    void eachCommunicationSentAppearsOnTheTimelineOnce() {
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String sent = """
                {"specversion": "1.0", "id": "%s", "source": "/notification-service", "type": "notification.update-sent",
                 "subject": "%s", "time": "%s", "datacontenttype": "application/json",
                 "data": {"majorIncidentId": "%s", "deliveryId": "%s", "audience": "executive-updates", "channel": "EMAIL",
                          "kind": "UPDATE", "slot": 1, "dueAt": "%s", "sentAt": "%s", "attempts": 1, "late": false, "stale": false}}
                """.formatted(UUID.randomUUID(), id, clock.instant(), id, UUID.randomUUID(), clock.instant(), clock.instant());
        EventSchemas.assertValid(sent);
        TopicReader.send(notificationTopic, id, sent);
        TopicReader.send(notificationTopic, id, sent);
        TopicReader.send(notificationTopic, id, sent.replace("notification.update-sent", "notification.something-new")
                .replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"" + UUID.randomUUID() + "\""));

        await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", Fixtures.ITOCC)
                .when().get("/api/v1/major-incidents/" + id + "/timeline").then().extract().jsonPath()
                .getList("items.kind", String.class).contains("communication-sent"));
        JsonPath timeline = given().header("Authorization", Fixtures.ITOCC)
                .when().get("/api/v1/major-incidents/" + id + "/timeline").then().extract().jsonPath();
        assertThat(timeline.getList("items.findAll { it.kind == 'communication-sent' }.description", String.class))
                .containsExactly("UPDATE sent to executive-updates by EMAIL (slot 1)");
        assertThat(timeline.getList("items.findAll { it.kind == 'communication-sent' }.actor", String.class))
                .containsExactly("notification-service");
    }

    @Test
    void theTimelineOfAnUnknownMajorIncidentIs404AndCustomersMayNotReadIt() {
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + UUID.randomUUID() + "/timeline")
                .then().statusCode(404);
        Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        given().header("Authorization", Fixtures.bearer("cust", "customer")).when().get("/api/v1/major-incidents/" + id + "/timeline")
                .then().statusCode(403);
        given().header("Authorization", Fixtures.ITOCC).queryParam("size", 1).when().get("/api/v1/major-incidents/" + id + "/timeline")
                .then().statusCode(200).body("total", equalTo(2)).body("items.kind", equalTo(List.of("declared")));
    }
}
