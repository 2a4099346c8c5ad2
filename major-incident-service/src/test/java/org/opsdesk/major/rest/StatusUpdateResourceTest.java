package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;

/** CO-2 (producing side): status updates with the six items, by the coordinator or the Communications Coordinator. */
@QuarkusTest
class StatusUpdateResourceTest extends ApiTest {

    private String update(Instant now, String nature) {
        return """
                {"nature": "%s", "impact": "Employees cannot submit timesheets",
                 "remediationMetric": "99%% of portal requests answered within 2 s for 30 minutes",
                 "remediationSteps": "Failing over the database to the standby node",
                 "estimatedRemediationAt": "%s", "nextUpdateAt": "%s"}
                """.formatted(nature, now.plus(Duration.ofHours(2)), now.plus(Duration.ofMinutes(60)));
    }

    private io.restassured.response.ValidatableResponse publish(String id, String token, String body) {
        return given().header("Authorization", token).contentType("application/json").body(body)
                .when().post("/api/v1/major-incidents/" + id + "/status-updates").then();
    }

    @Test
    void theCoordinatorPublishesAndEachUpdateIsAnnouncedWithTheSixItemsAndTheDutyManager() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        Fixtures.onDuty("DUTY_MANAGER", "Dan Duty", at);
        String id = Fixtures.declare(Fixtures.uniqueService());
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"dialIn\": \"+1 207 555 0100\"}")
                .when().post("/api/v1/major-incidents/" + id + "/bridge").then().statusCode(200);

        publish(id, Fixtures.bearer("ada.manager", "technician"), update(at, "The payroll portal is down"))
                .statusCode(201).body("publishedBy", equalTo("ada.manager"))
                .body("nextUpdateAt", equalTo(at.plus(Duration.ofMinutes(60)).toString()));
        clock.advance(Duration.ofMinutes(50));
        publish(id, Fixtures.bearer("ada.manager", "technician"), update(clock.instant(), "Failover under way"))
                .statusCode(201);

        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/status-updates")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.nature", equalTo(List.of("Failover under way", "The payroll portal is down")));
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().body("latestStatus.nature", equalTo("Failover under way")).body("status", equalTo("ACTIVE"));

        List<JsonNode> published = Fixtures.events(topic, id, "major-incident.status-update-published", 2);
        JsonNode data = published.get(0).path("data");
        JsonNode six = data.path("statusUpdate");
        assertThat(six.path("nature").asText()).isEqualTo("The payroll portal is down");
        assertThat(six.path("impact").asText()).isEqualTo("Employees cannot submit timesheets");
        assertThat(six.path("remediationMetric").asText()).startsWith("99%");
        assertThat(six.path("remediationSteps").asText()).startsWith("Failing over");
        assertThat(six.path("estimatedRemediationAt").asText()).isEqualTo(at.plus(Duration.ofHours(2)).toString());
        assertThat(six.path("nextUpdateAt").asText()).isEqualTo(at.plus(Duration.ofMinutes(60)).toString());
        assertThat(six.path("publishedBy").asText()).isEqualTo("ada.manager");
        assertThat(data.path("latestStatus").path("nature").asText()).isEqualTo("The payroll portal is down");
        assertThat(data.path("dutyManager").path("name").asText()).isEqualTo("Dan Duty");
        assertThat(data.path("bridge").path("dialIn").asText()).isEqualTo("+1 207 555 0100");
        assertThat(data.path("coordinator").path("email").asText()).isEqualTo("ada.manager@example.org");
        assertThat(data.path("serviceIds")).hasSize(1);
    }

    @Test
    void theCommunicationsCoordinatorAndTheCommunicationsGroupMayPublishOthersAreToldWhoMay() {
        Instant at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        String id = Fixtures.declare(Fixtures.uniqueService());
        long before = count("status_update");
        publish(id, Fixtures.bearer("cora", "technician"), update(at, "x")).statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("published by its coordinator (Ada Manager), its Communications Coordinator"))
                .body("detail", containsString("communications"));
        assertThat(count("status_update")).isEqualTo(before);

        given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body("{\"name\": \"Cora Comms\", \"username\": \"cora\", \"team\": \"Strategic Initiatives\", \"role\": \"COMMUNICATIONS_COORDINATOR\"}")
                .when().post("/api/v1/major-incidents/" + id + "/team/members").then().statusCode(201);
        publish(id, Fixtures.bearer("cora", "technician"), update(at, "by the communications coordinator")).statusCode(201);
        publish(id, Fixtures.bearer("pr.office", "communications"), update(at, "by the communications group")).statusCode(201);
        assertThat(count("status_update")).isEqualTo(before + 2);
    }

    @Test
    void eachOfTheSixItemsIsRequiredAndTheNextUpdateIsDueWithinTheHour() {
        Instant at = Fixtures.uniqueInstant(clock);
        String id = Fixtures.declare(Fixtures.uniqueService());
        String comms = Fixtures.bearer("pr.office", "communications");
        long before = count("status_update");
        publish(id, comms, "{}").statusCode(400).body("invalid-params.name", hasItems("nature", "impact",
                "remediationMetric", "remediationSteps", "estimatedRemediationAt", "nextUpdateAt"));
        publish(id, comms, update(at, "x").replace(at.plus(Duration.ofMinutes(60)).toString(), at.plus(Duration.ofMinutes(61)).toString()))
                .statusCode(400).body("invalid-params.name", hasItem("nextUpdateAt"))
                .body("invalid-params[0].reason", containsString("PT1H"));
        publish(id, comms, update(at, "x").replace(at.plus(Duration.ofMinutes(60)).toString(), at.toString()))
                .statusCode(400).body("invalid-params.name", hasItem("nextUpdateAt"));
        publish(id, comms, update(at, "x").replace("\"nature\": \"x\"", "\"nature\": \"x\", \"mood\": \"calm\""))
                .statusCode(400).body("invalid-params.name", hasItem("mood"));
        publish(UUID.randomUUID().toString(), comms, update(at, "x")).statusCode(404);
        assertThat(count("status_update")).isEqualTo(before);

        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{\"resolutionSummary\": \"fixed\"}")
                .when().post("/api/v1/major-incidents/" + id + "/resolve").then().statusCode(200);
        publish(id, comms, update(at, "x")).statusCode(409).body("context.state", equalTo("RESOLVED"));
        assertThat(count("status_update")).isEqualTo(before);
    }

}
