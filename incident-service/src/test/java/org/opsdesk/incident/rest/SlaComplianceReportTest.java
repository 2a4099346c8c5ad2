package org.opsdesk.incident.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.command;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.AdjustableClock;

/** IN-9: per priority, how many response and resolution targets were met, for one customer or all. */
@QuarkusTest
class SlaComplianceReportTest {

    /** Wednesday 1 April 2026, 09:00 in Chicago. */
    private static final Instant T0 = Instant.parse("2026-04-01T14:00:00Z");
    private static final String RANGE = "from=2026-04-01T00:00:00Z&to=2026-04-02T00:00:00Z";

    @Inject
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String incident(String org, int severity) {
        return create("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": %d, \"customerOrg\": \"%s\"}".formatted(severity, org));
    }

    @Test
    void complianceCountsMetAndMissedTargetsPerPriority() {
        String org = unique("agency");
        clock.set(T0);
        String onTime = incident(org, 1);
        String late = incident(org, 1);
        incident(org, 1); // neither responded nor resolved, still inside its targets at T0
        clock.set(T0.plus(Duration.ofMinutes(5)));
        command(onTime, "assign", "{\"team\": \"server-team\"}");
        clock.set(T0.plus(Duration.ofMinutes(30)));
        command(late, "assign", "{\"team\": \"server-team\"}");
        clock.set(T0.plus(Duration.ofHours(1)));
        command(onTime, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"done\", \"confirmationMethod\": \"PHONE\"}");
        clock.set(T0.plus(Duration.ofMinutes(10)));

        desk().when().get("/api/v1/reports/sla-compliance?customer=" + org + "&" + RANGE).then().statusCode(200)
                .body("customerOrg", equalTo(org))
                .body("priorities.find { it.priority == 'P1' }.incidents", equalTo(3))
                .body("priorities.find { it.priority == 'P1' }.response.met", equalTo(1))
                .body("priorities.find { it.priority == 'P1' }.response.missed", equalTo(1))
                .body("priorities.find { it.priority == 'P1' }.response.percentMet", equalTo(50.0f))
                .body("priorities.find { it.priority == 'P1' }.resolution.met", equalTo(1))
                .body("priorities.find { it.priority == 'P1' }.resolution.missed", equalTo(0))
                .body("priorities.find { it.priority == 'P4' }.incidents", equalTo(0))
                .body("priorities.find { it.priority == 'P4' }.response.percentMet", nullValue())
                .body("total.incidents", equalTo(3));
    }

    @Test
    void aCustomerSeesOnlyItsOwnOrganisation() {
        String mine = unique("agency");
        String theirs = unique("agency");
        clock.set(T0);
        incident(mine, 2);
        incident(theirs, 2);
        incident(theirs, 2);
        clock.set(T0.plus(Duration.ofMinutes(1)));
        as("pat", mine, "customer").when().get("/api/v1/reports/sla-compliance?customer=" + theirs + "&" + RANGE).then()
                .statusCode(200).body("customerOrg", equalTo(mine)).body("total.incidents", equalTo(1));
        desk().when().get("/api/v1/reports/sla-compliance?customer=" + theirs + "&" + RANGE).then().body("total.incidents", equalTo(2));
    }

    @Test
    void aBadPeriodIsRefused() {
        desk().when().get("/api/v1/reports/sla-compliance?from=2026-04-02T00:00:00Z&to=2026-04-01T00:00:00Z").then().statusCode(400)
                .body("invalid-params.name", hasItem("to"));
        desk().when().get("/api/v1/reports/sla-compliance?to=2026-04-01T00:00:00Z").then().statusCode(400)
                .body("invalid-params.name", hasItem("from"));
        desk().when().get("/api/v1/reports/sla-compliance?from=yesterday&to=2026-04-01T00:00:00Z").then().statusCode(400)
                .body("invalid-params[0].reason", containsString("ISO-8601"));
        as("prometheus", null, "monitoring").when().get("/api/v1/reports/sla-compliance?" + RANGE).then().statusCode(403);
    }
}
