package org.opsdesk.notification.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.Gateway;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Scenario;
import org.opsdesk.platform.testing.Tokens;

/** CO-1: GET/PUT /api/v1/major-incidents/{id}/communication-plan adjusts audiences, members, channels and cadence. */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class CommunicationPlanResourceTest extends ClockedTest {

    @Inject
    MajorIncidentEventsConsumer consumer;

    @BeforeEach
    void defaults() {
        Fixtures.defaultPlan();
    }


    @Test
    void theDefaultPlanHasTheThreeTeamsOfTheSopAndTheStatusPageEachWithItsNextUpdate() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Email outage", t0);

        mi.plan().statusCode(200).body("status", equalTo("ACTIVE")).body("reference", equalTo(mi.number))
                .body("audiences.audience", contains("executive-updates", "leadership-text", "customer-bulletin", "status-page"))
                .body("audiences.channel", contains("EMAIL", "SMS", "BULK", "STATUS_PAGE"))
                .body("audiences.communicator", contains("Major Incident Coordinator", "Strategic Initiatives team",
                        "OMES Service Desk", "OMES Service Desk"))
                .body("audiences[0].recipients.address", containsInAnyOrder(Fixtures.EXECUTIVE_EMAILS.toArray()))
                .body("audiences[1].recipients.address", containsInAnyOrder(Fixtures.LEADERSHIP_PHONES.toArray()))
                .body("audiences[2].recipients.address", contains(Fixtures.BULLETIN_TOPICS.toArray()))
                .body("audiences.nextUpdateAt", contains(t0.toString(), t0.toString(), t0.toString(), t0.toString()));
    }

    @Test
    void theTbcLiaisonAndTheCommissionersAreInTheDefaultPlanAndJoinEachNewPlanOnceTheyNameSomeone() {
        for (String key : List.of("tbc-liaison", "commissioners")) {
            given().header("Authorization", Tokens.bearer("communications")).when().get("/api/v1/audiences/" + key)
                    .then().statusCode(200).body("inDefaultPlan", equalTo(true)).body("channel", equalTo("EMAIL"));
        }
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario unconfigured = Scenario.declare(consumer, "Storage outage", t0);
        unconfigured.plan().body("audiences.audience", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("tbc-liaison")));

        Fixtures.contact("tbc-agencies", Map.of("name", "TBC team", "email", "tbc@opsdesk.example"));
        Map<String, Object> tbc = new java.util.HashMap<>(Map.of("name", "Technology Business Consultants",
                "communicator", "Communications Coordinator", "channel", "EMAIL", "members", List.of("tbc-agencies"),
                "inDefaultPlan", true, "position", 5));
        try {
            Fixtures.audience("tbc-liaison", tbc);
            Scenario.declare(consumer, "Network outage", t0).plan()
                    .body("audiences.audience", hasItem("tbc-liaison"))
                    .body("audiences.find { it.audience == 'tbc-liaison' }.recipients.address", contains("tbc@opsdesk.example"))
                    .body("audiences.audience", org.hamcrest.Matchers.not(hasItem("commissioners")));
        } finally {
            tbc.put("members", List.of());
            Fixtures.audience("tbc-liaison", tbc);
        }
    }

    @Test
    void adjustingThePlanReplansChangedAudiencesStopsRemovedOnesAndUpdatesNewOnesAtOnce() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Telephony outage", t0);
        sender.sendDue(t0);
        String hook = "/hooks/ops-chat-" + mi.id;

        clock.set(t0.plusSeconds(10));
        given().header("Authorization", Tokens.bearer("communications")).contentType("application/json")
                .body(Map.of("audiences", List.of(
                        audience("executive-updates", "EMAIL", "PT30S", List.of("executive-sponsors")),
                        audience("leadership-text", "VOICE", "PT60S", List.of("cio", "coao", "public-affairs")),
                        Map.of("audience", "ops-chat", "name", "Operations chat", "communicator", "ITOCC", "channel", "WEBHOOK",
                                "cadence", "PT20S", "webhookUrl", MailAndHttpPeers.httpUrl(hook), "webhookFormat", "TEAMS"))))
                .when().put("/api/v1/major-incidents/" + mi.id + "/communication-plan")
                .then().statusCode(200)
                .body("audiences.audience", contains("executive-updates", "leadership-text", "ops-chat"))
                .body("audiences[0].recipients.address", contains("executive-sponsors@opsdesk.example"))
                .body("audiences[1].cadence", equalTo("PT1M"))
                .body("audiences[1].nextUpdateAt", equalTo(t0.plusSeconds(60).toString()))
                .body("audiences[2].nextUpdateAt", equalTo(t0.plusSeconds(10).toString()));

        sender.sendDue(clock.instant());
        List<LoggedRequest> cards = MailAndHttpPeers.http().findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(hook)));
        assertThat(cards).hasSize(1);
        JsonPath card = JsonPath.from(cards.get(0).getBodyAsString());
        // a Teams Workflows message: one Adaptive Card attachment, its first block the subject
        assertThat(card.getString("type")).isEqualTo("message");
        assertThat(card.getString("attachments[0].contentType")).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.getString("attachments[0].content.type")).isEqualTo("AdaptiveCard");
        assertThat(card.getString("attachments[0].content.version")).isEqualTo("1.4");
        assertThat(card.getString("attachments[0].content.body[0].text")).isEqualTo("[" + mi.number + "] Major incident declared: Telephony outage");
        assertThat(card.getString("attachments[0].content.body[1].text")).contains("Next update: ");
        assertThat(cards.get(0).getHeader("webhook-signature")).startsWith("v1,");

        clock.set(t0.plusSeconds(60));
        sender.sendDue(clock.instant());
        assertThat(Gateway.posts(Gateway.VOICE, mi.number)).extracting(r -> JsonPath.from(r.getBodyAsString()).getString("to"))
                .containsExactlyInAnyOrderElementsOf(Fixtures.LEADERSHIP_PHONES);
        mi.communications()
                .body("items.findAll { it.audience == 'customer-bulletin' && it.slot == 1 }.status", contains("CANCELLED"))
                .body("items.findAll { it.audience == 'leadership-text' && it.slot == 1 }.status", contains("CANCELLED"))
                .body("items.findAll { it.audience == 'leadership-text' && it.slot == 2 }.channel", contains("VOICE"))
                .body("items.findAll { it.audience == 'customer-bulletin' && it.status == 'PENDING' }.size()", equalTo(0));
    }

    @Test
    void invalidPlansAreRefusedNamingTheFieldAndChangeNothing() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Network outage", t0);
        String before = mi.plan().statusCode(200).extract().asString();

        put(mi.id, Map.of("audiences", List.of(audience("a", "EMAIL", "PT1H", List.of("nobody-" + UUID.randomUUID())))), 400)
                .body("invalid-params.name", hasItem("audiences[0].members"));
        put(mi.id, Map.of("audiences", List.of(audience("a", "EMAIL", "PT1H", List.of()), audience("a", "SMS", "PT1H", List.of()))), 400)
                .body("invalid-params.name", hasItem("audiences[1].audience"));
        put(mi.id, Map.of("audiences", List.of(audience("a", "EMAIL", "PT0S", List.of()))), 400)
                .body("invalid-params.name", hasItem("audiences[0].cadence"));
        put(mi.id, Map.of("audiences", List.of()), 400).body("invalid-params.name", hasItem("audiences"));
        // Bean Validation names a nested field audiences.channel[0] (platform ProblemMappers); Jackson names it audiences[0].channel.
        put(mi.id, Map.of("audiences", List.of(Map.of("audience", "a", "name", "A", "cadence", "PT1H"))), 400)
                .body("invalid-params.name", hasItem(containsString("channel")));
        put(mi.id, Map.of("audiences", List.of(audience("a", "PIGEON", "PT1H", List.of()))), 400)
                .body("invalid-params.name", hasItem("audiences[0].channel"));
        put(mi.id, Map.of("audiences", List.of(audience("a", "EMAIL", "PT1H", List.of())), "colour", "red"), 400)
                .body("invalid-params.name", hasItem("colour"));
        put(mi.id, Map.of("audiences", List.of(audience("Bad Key!", "EMAIL", "PT1H", List.of()))), 400)
                .body("invalid-params.name", hasItem(containsString("audience")));

        assertThat(mi.plan().statusCode(200).extract().asString()).isEqualTo(before);
    }

    @Test
    void securityUnknownIncidentsAndResolvedPlansAreRefusedAndChangeNothing() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Storage outage", t0);
        Map<String, Object> body = Map.of("audiences", List.of(audience("executive-updates", "EMAIL", "PT1H", List.of())));

        given().contentType("application/json").body(body).when().put("/api/v1/major-incidents/" + mi.id + "/communication-plan")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/major-incidents/" + mi.id + "/communication-plan").then().statusCode(401);
        given().header("Authorization", Tokens.bearer("technician")).contentType("application/json").body(body)
                .when().put("/api/v1/major-incidents/" + mi.id + "/communication-plan").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("customer")).when()
                .get("/api/v1/major-incidents/" + mi.id + "/communication-plan").then().statusCode(403);
        put(UUID.randomUUID(), body, 404);
        given().header("Authorization", Tokens.bearer("itocc")).when()
                .get("/api/v1/major-incidents/" + UUID.randomUUID() + "/communication-plan").then().statusCode(404);
        given().header("Authorization", Tokens.bearer("itocc")).when()
                .get("/api/v1/major-incidents/not-a-uuid/communication-plan").then().statusCode(404);
        mi.plan().body("audiences", org.hamcrest.Matchers.hasSize(4));

        mi.resolve("fixed", t0.plusSeconds(5));
        String resolved = mi.plan().statusCode(200).body("status", equalTo("RESOLVED")).extract().asString();
        put(mi.id, body, 409).body("context.state", equalTo("RESOLVED")).body("context.allowedCommands", contains("reopen"));
        assertThat(mi.plan().extract().asString()).isEqualTo(resolved);
    }

    static Map<String, Object> audience(String key, String channel, String cadence, List<String> members) {
        return Map.of("audience", key, "name", key + " audience", "communicator", "ITOCC", "channel", channel,
                "cadence", cadence, "members", members);
    }

    private static io.restassured.response.ValidatableResponse put(UUID id, Map<String, Object> body, int status) {
        return given().header("Authorization", Tokens.bearer("itocc")).contentType("application/json").body(body)
                .when().put("/api/v1/major-incidents/" + id + "/communication-plan")
                .then().statusCode(status).contentType(status == 200 ? "application/json" : "application/problem+json");
    }
}
