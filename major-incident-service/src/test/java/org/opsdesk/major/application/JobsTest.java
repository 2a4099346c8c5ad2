package org.opsdesk.major.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

/** MI-10: a long outage on a significant service is flagged as a candidate major incident, once. */
@QuarkusTest
class JobsTest extends ApiTest {

    @Inject
    IncidentEventsConsumer consumer;

    @Inject
    IncidentIntake intake;

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
        consumer.receive(Fixtures.incidentEvent("incident.created", longOne, 2, Fixtures.uniqueService(), true, at.minus(Duration.ofHours(2))));
        consumer.receive(Fixtures.incidentEvent("incident.created", young, 2, Fixtures.uniqueService(), true, at.minus(Duration.ofMinutes(119))));
        consumer.receive(Fixtures.incidentEvent("incident.created", minor, 3, Fixtures.uniqueService(), true, at.minus(Duration.ofHours(5))));
        consumer.receive(Fixtures.incidentEvent("incident.created", insignificant, 2, Fixtures.uniqueService(), false, at.minus(Duration.ofHours(5))));
        String service = Fixtures.uniqueService();
        consumer.receive(Fixtures.incidentEvent("incident.created", resolved, 2, service, true, at.minus(Duration.ofHours(5))));
        consumer.receive(Fixtures.incidentEvent("incident.resolved", resolved, 2, service, true, at.minus(Duration.ofHours(5))));

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
        assertThat(created.path("reason").asText()).contains("open since").contains("significant service");

        intake.longOutagesDue(at.plus(Duration.ofMinutes(1)));
        assertThat(proposalsFor(young)).hasSize(1);
    }

    @Test
    void aLongOutageOnAServiceOfAnOpenMajorIncidentJoinsItInstead() {
        Instant at = Fixtures.uniqueInstant(clock);
        String service = Fixtures.uniqueService();
        String incidentId = UUID.randomUUID().toString();
        consumer.receive(Fixtures.incidentEvent("incident.created", incidentId, 2, service, true, at.minus(Duration.ofHours(3))));
        String id = Fixtures.declare(service);
        intake.longOutagesDue(at);
        assertThat(proposalsFor(incidentId)).isEmpty();
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("incidentIds", hasItem(incidentId));
    }
}
