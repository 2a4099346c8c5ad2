package org.opsdesk.major.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.testing.Records;
import org.opsdesk.platform.testing.TopicReader;
import org.opsdesk.platform.testing.UnknownEvents;

/** IN-16 / MI-1: incident events declare, link, and never make two major incidents for one incident. */
@QuarkusTest
class IncidentEventsConsumerTest extends ApiTest {

    @Inject
    EventInbox inbox;

    @Inject
    IncidentEventsConsumer consumer;

    @ConfigProperty(name = "mp.messaging.incoming.incident-events.topic")
    String incidentTopic;

    private static JsonPath majorIncidentsOf(String incidentId) {
        return given().header("Authorization", Fixtures.ITOCC).queryParam("incidentId", incidentId)
                .when().get("/api/v1/major-incidents").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSeverityOneIncidentDeliveredTwiceGivesExactlyOneMajorIncidentWithACoordinatorLinkedToIt() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        String incidentId = UUID.randomUUID().toString();
        String event = Fixtures.incidentEvent("incident.created", incidentId, 1, Fixtures.uniqueService(), true, at.minusSeconds(30));

        TopicReader.send(incidentTopic, incidentId, event);
        TopicReader.send(incidentTopic, incidentId, event);

        await().atMost(Duration.ofSeconds(20)).until(() -> majorIncidentsOf(incidentId).getInt("total") == 1);
        JsonPath found = majorIncidentsOf(incidentId);
        String id = found.getString("items[0].id");
        assertThat(found.getString("items[0].coordinator.name")).isEqualTo("Ada Manager");
        assertThat(found.getList("items[0].incidentIds")).containsExactly(incidentId);
        assertThat(found.getString("items[0].declaredBy")).isEqualTo("automatic: severity-1 incident " + Fixtures.number(incidentId));
        assertThat(found.getString("items[0].startedAt")).isEqualTo(at.minusSeconds(30).toString());

        List<JsonNode> declared = Fixtures.events(topic, id, "major-incident.declared", 1);
        assertThat(declared).hasSize(1);
        assertThat(declared.get(0).path("data").path("incidentIds").get(0).asText()).isEqualTo(incidentId);
        assertThat(declared.get(0).path("data").path("customerOrgs").get(0).asText()).isEqualTo("dept-of-revenue");
    }

    @Test
    void theSameFactInTwoDifferentEventsStillGivesOneMajorIncident() {
        Fixtures.uniqueInstant(clock);
        String incidentId = UUID.randomUUID().toString();
        String service = Fixtures.uniqueService();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", incidentId, 1, service, true, clock.instant())));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.updated", incidentId, 1, service, true, clock.instant())));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.reopened", incidentId, 1, service, true, clock.instant())));
        assertThat(majorIncidentsOf(incidentId).getInt("total")).isEqualTo(1);
    }

    @Test
    void anIncidentRaisedToSeverityOneDeclaresOnlyThen() {
        Fixtures.uniqueInstant(clock);
        String incidentId = UUID.randomUUID().toString();
        String service = Fixtures.uniqueService();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", incidentId, 2, service, false, clock.instant())));
        assertThat(majorIncidentsOf(incidentId).getInt("total")).isZero();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.updated", incidentId, 1, service, true, clock.instant())));
        assertThat(majorIncidentsOf(incidentId).getInt("total")).isEqualTo(1);
    }

    /**
     * Issue 18, auto-linking links only what the rule is sure of: an incident of the same alert group as one of the
     * major incident's (even on another service, even less severe); any other incident on an affected service, even
     * severity 1, may be unrelated and is proposed to the coordinator, who confirms or dismisses it.
     */
    @Test
    void anIncidentOfTheSameAlertGroupIsLinkedAndOthersOnAnAffectedServiceAreProposedToTheCoordinator() {
        Fixtures.onDuty("ITOCC_MANAGER", "Ivy Itocc", Fixtures.uniqueInstant(clock));
        String service = Fixtures.uniqueService();
        String group = "{}/{severity=\\\"critical\\\"}:{service=\\\"" + service + "\\\"}";
        String first = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.with(Fixtures.incidentEvent("incident.created", first, 1, service, true,
                clock.instant()), "\"alertGroup\": \"" + group + "\"")));
        String id = majorIncidentsOf(first).getString("items[0].id");
        String sibling = UUID.randomUUID().toString();
        String severe = UUID.randomUUID().toString();
        String lesser = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", lesser, 3, service, false, clock.instant())));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.updated", lesser, 3, service, false, clock.instant())));
        clock.advance(Duration.ofSeconds(1));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", other, 2, service, false, clock.instant())));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", severe, 1, service, true, clock.instant())));
        consumer.receive(Records.batch(Fixtures.with(Fixtures.incidentEvent("incident.created", sibling, 3,
                Fixtures.uniqueService(), false, clock.instant()), "\"alertGroup\": \"" + group + "\"")));

        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().statusCode(200).body("incidentIds", org.hamcrest.Matchers.containsInAnyOrder(first, sibling));
        assertThat(majorIncidentsOf(lesser).getInt("total")).isZero();
        assertThat(majorIncidentsOf(severe).getInt("total")).isZero();
        JsonNode linked = Fixtures.events(topic, id, "major-incident.incident-linked", 1).get(0);
        assertThat(linked.path("data").path("incidentId").asText()).isEqualTo(sibling);
        assertThat(linked.path("data").path("incidentNumber").asText()).isEqualTo(Fixtures.number(sibling));
        String proposals = "/api/v1/major-incidents/" + id + "/link-proposals/";
        given().header("Authorization", Fixtures.bearer("tina", "technician")).when().get(proposals)
                .then().statusCode(200).body("incidentId", org.hamcrest.Matchers.containsInAnyOrder(lesser, other, severe))
                .body("status", equalTo(List.of("PROPOSED", "PROPOSED", "PROPOSED")))
                .body("[0].reason", equalTo("severity-3 incident on an affected service: Payroll portal returns 503 for all users"));

        given().header("Authorization", Fixtures.bearer("tina", "technician")).when().post(proposals + lesser + "/confirm")
                .then().statusCode(403).body("detail", org.hamcrest.Matchers.containsString("Ivy Itocc"));
        given().header("Authorization", Fixtures.ITOCC).when().post(proposals + lesser + "/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"reason\": \"another building\"}")
                .when().post(proposals + other + "/dismiss").then().statusCode(200).body("status", equalTo("DISMISSED"));
        given().header("Authorization", Fixtures.ITOCC).when().post(proposals + other + "/confirm").then().statusCode(409);
        given().header("Authorization", Fixtures.ITOCC).when().post(proposals + UUID.randomUUID() + "/confirm").then().statusCode(404);

        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("incidentIds", org.hamcrest.Matchers.containsInAnyOrder(first, sibling, lesser));
        assertThat(majorIncidentsOf(other).getInt("total")).isZero();
        given().header("Authorization", Fixtures.ITOCC).queryParam("size", 50).when().get("/api/v1/major-incidents/" + id + "/timeline")
                .then().body("items.kind", org.hamcrest.Matchers.hasItems("link-proposed", "link-dismissed"));
    }

    private static JsonPath proposalsOf(String incidentId) {
        return given().header("Authorization", Fixtures.ITOCC).queryParam("incidentId", incidentId)
                .when().get("/api/v1/major-incident-proposals").then().statusCode(200).extract().jsonPath();
    }

    /**
     * 004 §3.3, §3.6: severity 1 from the desk or monitoring on a significant service declares (above); a customer's
     * requested severity 1, or severity 1 on a service that is not significant, is proposed to the authorities.
     */
    @Test
    void aCustomersRequestedSeverityOneAndOneOnAServiceThatIsNotSignificantAreProposedNotDeclared() {
        Fixtures.uniqueInstant(clock);
        String requested = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.with(Fixtures.incidentEvent("incident.created", requested, 1,
                Fixtures.uniqueService(), true, clock.instant()).replace("\"source\": \"MONITORING\"", "\"source\": \"SELF_SERVICE\""),
                "\"requestedSeverity\": 1")));
        String minor = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", minor, 1, Fixtures.uniqueService(), false,
                clock.instant())));
        for (String incident : List.of(requested, minor)) {
            assertThat(majorIncidentsOf(incident).getInt("total")).as(incident).isZero();
            JsonPath proposal = proposalsOf(incident);
            assertThat(proposal.getInt("total")).as(incident).isEqualTo(1);
            assertThat(proposal.getString("items[0].origin")).isEqualTo("SEVERITY_1");
            assertThat(proposal.getString("items[0].status")).isEqualTo("PENDING");
        }
        assertThat(proposalsOf(requested).getString("items[0].reason")).contains("requested by the customer");
        assertThat(proposalsOf(minor).getString("items[0].reason")).contains("not significant");
    }

    /** 004 §3.6: five incidents on one service within 30 minutes (the defaults) are one proposal, not one each. */
    @Test
    void widespreadImpactOnOneServiceIsProposedOnce() {
        Fixtures.uniqueInstant(clock);
        String service = Fixtures.uniqueService();
        List<String> incidents = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String incidentId = UUID.randomUUID().toString();
            incidents.add(incidentId);
            consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", incidentId, 3, service, false, clock.instant())));
            clock.advance(Duration.ofMinutes(5));
            assertThat(proposalsOf(incidentId).getInt("total")).as("incident " + i).isEqualTo(i == 4 ? 1 : 0);
        }
        JsonPath proposal = proposalsOf(incidents.get(4));
        assertThat(proposal.getString("items[0].origin")).isEqualTo("WIDESPREAD_IMPACT");
        assertThat(proposal.getList("items[0].incidentIds")).containsExactlyInAnyOrderElementsOf(incidents.subList(0, 5));
        assertThat(proposal.getList("items[0].serviceIds")).containsExactly(service);
        assertThat(proposalsOf(incidents.get(5)).getInt("total")).isZero();
    }

    @Test
    void lowSeverityIncidentsOnOtherServicesAndResolvedMajorIncidentsLinkNothing() {
        Fixtures.uniqueInstant(clock);
        String service = Fixtures.uniqueService();
        String id = Fixtures.declare(service);
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"resolutionSummary\": \"fixed\"}")
                .when().post("/api/v1/major-incidents/" + id + "/resolve").then().statusCode(200);
        String late = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", late, 3, service, false, clock.instant())));
        String elsewhere = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", elsewhere, 2, Fixtures.uniqueService(), true, clock.instant())));
        assertThat(majorIncidentsOf(late).getInt("total")).isZero();
        assertThat(majorIncidentsOf(elsewhere).getInt("total")).isZero();
    }

    @Test
    void theResolutionOfALinkedIncidentIsOnTheTimeline() {
        Fixtures.uniqueInstant(clock);
        String incidentId = UUID.randomUUID().toString();
        String service = Fixtures.uniqueService();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", incidentId, 1, service, true, clock.instant())));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.resolved", incidentId, 1, service, true, clock.instant())));
        String id = majorIncidentsOf(incidentId).getString("items[0].id");
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/timeline")
                .then().statusCode(200)
                .body("items.kind", equalTo(List.of("declared", "coordinator-gap", "resolved")))
                .body("items[2].actor", equalTo("incident-service"))
                .body("items[2].description", equalTo("incident " + Fixtures.number(incidentId) + " RESOLVED"));
    }

    @Test
    void aPoisonMessageLandsOnTheDeadLetterTopicAndTheNextEventStillFlows() {
        Fixtures.uniqueInstant(clock);
        TopicReader.send(incidentTopic, "poison", "this is not an event");
        String incidentId = UUID.randomUUID().toString();
        TopicReader.send(incidentTopic, incidentId, Fixtures.incidentEvent("incident.created", incidentId, 1,
                Fixtures.uniqueService(), true, clock.instant()));
        String dlq = incidentTopic.replace("incident.events.v1", "major-incident-service.dead-letter.v1");
        var parked = TopicReader.read(dlq, Duration.ofSeconds(20), read -> !read.isEmpty());
        assertThat(parked).anyMatch(r -> r.value().equals("this is not an event"));
        assertThat(parked.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
        await().atMost(Duration.ofSeconds(20)).until(() -> majorIncidentsOf(incidentId).getInt("total") == 1);
    }

    @Test
    void eventsNotAboutAnIncidentAndUnknownTypesAreSkippedNotParked() {
        UnknownEvents.assertSkipped(UnknownEvents.without("incident.", "incidentId"), consumer::receive, inbox,
                IncidentEventsConsumer.CONSUMER);
    }
}
