package org.opsdesk.major.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;
import org.opsdesk.major.messaging.IncidentEventsConsumer;
import org.opsdesk.platform.testing.Records;

/** MI-10: a long outage on a significant service is flagged as a candidate major incident, once. */
@QuarkusTest
class JobsTest extends ApiTest {

    @Inject
    IncidentEventsConsumer consumer;

    @Inject
    IncidentHandler intake;

    private List<String> proposalsFor(String incidentId) {
        return given().header("Authorization", Fixtures.ITOCC).queryParam("incidentId", incidentId)
                .when().get("/api/v1/major-incident-proposals").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void anIncidentOpenTwoHoursOnASignificantServiceBecomesOneProposal() {
        Instant at = Fixtures.uniqueInstant(clock);
        String longOne = UUID.randomUUID().toString();
        String young = UUID.randomUUID().toString();
        String minor = UUID.randomUUID().toString();
        String insignificant = UUID.randomUUID().toString();
        String resolved = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", longOne, 2, Fixtures.uniqueService(), true, at.minus(Duration.ofHours(2)))));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", young, 2, Fixtures.uniqueService(), true, at.minus(Duration.ofMinutes(119)))));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", minor, 3, Fixtures.uniqueService(), true, at.minus(Duration.ofHours(5)))));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", insignificant, 2, Fixtures.uniqueService(), false, at.minus(Duration.ofHours(5)))));
        String service = Fixtures.uniqueService();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", resolved, 2, service, true, at.minus(Duration.ofHours(5)))));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.resolved", resolved, 2, service, true, at.minus(Duration.ofHours(5)))));

        intake.longOutagesDue(at);
        intake.longOutagesDue(at.plusSeconds(30));

        List<String> proposals = proposalsFor(longOne);
        assertThat(proposals).hasSize(1);
        assertThat(proposalsFor(young)).isEmpty();
        assertThat(proposalsFor(minor)).isEmpty();
        assertThat(proposalsFor(insignificant)).isEmpty();
        assertThat(proposalsFor(resolved)).isEmpty();
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incident-proposals/" + proposals.get(0))
                .then().body("origin", equalTo("LONG_OUTAGE")).body("reporter.name", equalTo("automatic"))
                .body("title", equalTo(Fixtures.number(longOne) + ": Payroll portal returns 503 for all users"));
        JsonNode created = Fixtures.events(topic, proposals.get(0), "major-incident.proposal-created", 1).get(0).path("data");
        assertThat(created.path("origin").asText()).isEqualTo("LONG_OUTAGE");
        assertThat(created.path("reason").asText()).contains("down since " + at.minus(Duration.ofHours(2)) + " (received)")
                .contains("significant service");

        intake.longOutagesDue(at.plus(Duration.ofMinutes(1)));
        assertThat(proposalsFor(young)).hasSize(1);
    }

    @Test
    void aLongOutageOnAServiceOfAnOpenMajorIncidentIsProposedToItsCoordinatorWhoLinksIt() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ivy Itocc", at);
        String service = Fixtures.uniqueService();
        String incidentId = UUID.randomUUID().toString();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.created", incidentId, 2, service, true, at.minus(Duration.ofHours(3)))));
        String id = Fixtures.declare(service);
        intake.longOutagesDue(at);
        intake.longOutagesDue(at.plusSeconds(30));
        assertThat(proposalsFor(incidentId)).isEmpty();
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("incidentIds", not(hasItem(incidentId)));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/link-proposals")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].incidentId", equalTo(incidentId))
                .body("[0].status", equalTo("PROPOSED"))
                .body("[0].reason", containsString("down since " + at.minus(Duration.ofHours(3)) + " (received)"));

        given().header("Authorization", Fixtures.ITOCC).when().post("/api/v1/major-incidents/" + id + "/link-proposals/" + incidentId + "/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("decidedBy", equalTo("ivy.itocc"));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("incidentIds", hasItem(incidentId));
    }

    /** MI-10: the outage is timed from the alert's startsAt, not from when the incident was received, and says so. */
    @Test
    void anOutageIsTimedFromTheAlertsStartAndTheProposalSaysWhichStartItUsed() {
        Instant at = Fixtures.uniqueInstant(clock);
        String incidentId = UUID.randomUUID().toString();
        Instant alertStart = at.minus(Duration.ofMinutes(150));
        consumer.receive(Records.batch(Fixtures.withAlertStart(Fixtures.incidentEvent("incident.created", incidentId, 2, Fixtures.uniqueService(),
                true, at.minus(Duration.ofMinutes(30))), alertStart)));
        intake.longOutagesDue(at);
        List<String> proposals = proposalsFor(incidentId);
        assertThat(proposals).hasSize(1);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incident-proposals/" + proposals.get(0))
                .then().body("reason", containsString("down since " + alertStart + " (the alert's startsAt)"));
    }

    /** MI-10: an incident ON_HOLD (waiting on someone else) is not an outage in progress; once resumed it counts. */
    @Test
    void anIncidentOnHoldIsNoLongOutageUntilItIsResumed() {
        Instant at = Fixtures.uniqueInstant(clock);
        String incidentId = UUID.randomUUID().toString();
        String service = Fixtures.uniqueService();
        String created = Fixtures.incidentEvent("incident.created", incidentId, 2, service, true, at.minus(Duration.ofHours(3)));
        consumer.receive(Records.batch(created));
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.held", incidentId, 2, service, true, at.minus(Duration.ofHours(3)))
                .replace("\"status\": \"NEW\"", "\"status\": \"ON_HOLD\"")));
        intake.longOutagesDue(at);
        assertThat(proposalsFor(incidentId)).isEmpty();
        consumer.receive(Records.batch(Fixtures.incidentEvent("incident.resumed", incidentId, 2, service, true, at.minus(Duration.ofHours(3)))
                .replace("\"status\": \"NEW\"", "\"status\": \"IN_PROGRESS\"")));
        intake.longOutagesDue(at);
        assertThat(proposalsFor(incidentId)).hasSize(1);
    }
}
