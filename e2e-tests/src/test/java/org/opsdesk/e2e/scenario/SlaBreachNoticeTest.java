package org.opsdesk.e2e.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.platform.testing.Tokens;

/**
 * Issue 13 on the packaged services: a breach of a one-minute resolution target reaches the team manager's mailbox
 * (incident-service's SLA monitor → incident.sla-breached → notification-service's route and person directory).
 */
class SlaBreachNoticeTest {

    @Test
    void anSlaBreachOfAOneMinuteTargetReachesTheTeamManagersMailbox() {
        OpsDeskSystem system = OpsDeskSystem.get();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String org = "e2e-org-" + tag;
        String team = "e2e-team-" + tag;
        String manager = "e2e-mgr-" + tag;
        String managerEmail = manager + "@opsdesk.example";
        as(system, "incident-service").body(Map.of("customerOrg", org, "severity", 3, "responseTarget", "PT1M",
                "resolutionTarget", "PT1M", "hours", "TWENTY_FOUR_SEVEN")).when().post("/api/v1/sla-policies").then().statusCode(201);
        as(system, "incident-service").body(Map.of("id", team, "name", "E2E queue " + tag, "tier", 2, "members", List.of("e2e.tech"),
                "managers", List.of(Map.of("name", "Mo Manager", "email", managerEmail)))).when().post("/api/v1/teams").then().statusCode(201);
        as(system, "notification-service").body(Map.of("name", "Mo Manager", "email", managerEmail, "lowUrgency", List.of("EMAIL"),
                "highUrgency", List.of("EMAIL"), "managerOf", List.of(Map.of("team", team, "level", 1))))
                .when().put("/api/v1/contacts/" + manager).then().statusCode(201);

        String id = desk(system).body(Map.of("source", "PHONE", "summary", "Print server down " + tag, "severity", 3,
                "customerOrg", org)).when().post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        String number = desk(system).when().get("/api/v1/incidents/" + id).then().extract().path("number");
        desk(system).body(Map.of("team", team)).when().post("/api/v1/incidents/" + id + "/assign").then().statusCode(200);

        // the target passes after a minute; the SLA monitor looks every minute; the notice goes out on commit
        Sinks sinks = new Sinks(system);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(sinks.inbox(managerEmail)).extracting(Sinks.Mail::subject)
                        .anyMatch(s -> s.startsWith("[" + number + "] SLA breached: the resolution target was missed")));
        as(system, "notification-service").queryParam("subjectId", id).queryParam("type", "incident.sla-breached")
                .when().get("/api/v1/notices").then().statusCode(200)
                .body("items.find { it.recipient == '" + manager + "' }.deliveries[0].status", equalTo("SENT"));
    }

    private static RequestSpecification desk(OpsDeskSystem system) {
        return given().baseUri(system.url("incident-service")).header("Authorization",
                Tokens.bearer("e2e.desk", null, new String[] {"service-desk"})).contentType(ContentType.JSON);
    }

    private static RequestSpecification as(OpsDeskSystem system, String service) {
        return given().baseUri(system.url(service)).header("Authorization", Tokens.bearer("e2e.admin", null, new String[] {"admin"}))
                .contentType(ContentType.JSON);
    }
}
