package org.opsdesk.e2e.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.platform.testing.Tokens;

/**
 * Issue 13 on the packaged services, through the roster: a potential major incident reaches the declaring authority on
 * duty (major-incident-service's roster → duty-shift event → notification-service's route ON_DUTY:CTO_DESIGNEE and the
 * person directory), and a major incident declared with nobody on duty along its chain gets the coordinator whose
 * shift starts afterwards (the coordinator-gaps job).
 */
class DutyRosterNoticesTest {

    private final OpsDeskSystem system = OpsDeskSystem.get();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aProposalReachesTheDeclaringAuthorityOnDuty() throws Exception {
        String login = "e2e-cto-designee-" + tag;
        String email = login + "@opsdesk.example";
        admin("notification-service").body(Map.of("name", "Casey Designee", "email", email, "highUrgency", List.of("EMAIL")))
                .when().put("/api/v1/contacts/" + login).then().statusCode(201);
        Instant now = Instant.now();
        String shift = shift("CTO_DESIGNEE", "Casey Designee", login, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS));
        // the shift and the proposal travel on different partitions: report only once notification-service knows the shift
        await().atMost(Duration.ofSeconds(60)).until(() -> notificationKnowsShift(shift));

        String proposal = admin("major-incident-service").body(Map.of("title", "Mail relay slow " + tag, "type", "OPERATIONAL",
                        "serviceIds", List.of("e2e-mail-" + tag), "impactSummary", "Mail delayed statewide", "incidentIds", List.of(),
                        "reason", "Several agencies report delayed mail"))
                .when().post("/api/v1/major-incident-proposals").then().statusCode(201).extract().path("id");

        String reference = "PROPOSAL-" + proposal.substring(0, 8).toUpperCase(Locale.ROOT);
        Sinks sinks = new Sinks(system);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(sinks.inbox(email)).extracting(Sinks.Mail::subject)
                        .anyMatch(s -> s.startsWith("[" + reference + "] Potential major incident waiting for a decision")));
        as("itocc", "major-incident-service").body(Map.of("reason", "handled as an ordinary incident"))
                .when().post("/api/v1/major-incident-proposals/" + proposal + "/reject").then().statusCode(200);
    }

    @Test
    void aCoordinatorGapIsFilledWhenAShiftOfTheChainStarts() {
        // the cybersecurity chain (the Enterprise Security Officer alone) has nobody on duty in this system
        String id = as("itocc", "major-incident-service").body(Map.of("title", "Phishing wave " + tag, "type", "CYBERSECURITY",
                        "serviceIds", List.of("e2e-mail-" + tag), "impactSummary", "Credentials at risk"))
                .when().post("/api/v1/major-incidents").then().statusCode(201).body("coordinatorGap", equalTo(true))
                .extract().path("id");
        // a shift that starts in 5 s; short, so that the other suites of this system find nobody on duty along that chain
        Instant starts = Instant.now().plusSeconds(5);
        shift("ENTERPRISE_SECURITY_OFFICER", "Eve Officer", "e2e-eso-" + tag, starts, starts.plusSeconds(40));

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                admin("major-incident-service").when().get("/api/v1/major-incidents/" + id).then()
                        .body("coordinatorGap", equalTo(false)).body("coordinator.name", equalTo("Eve Officer")));
        String filled = admin("major-incident-service").when().get("/api/v1/major-incidents/" + id + "/timeline").then()
                .statusCode(200).extract().asString();
        assertThat(filled).contains("gap filled: ENTERPRISE_SECURITY_OFFICER came on duty");
        as("itocc", "major-incident-service").body(Map.of("resolutionSummary", "Phishing mails purged"))
                .when().post("/api/v1/major-incidents/" + id + "/resolve").then().statusCode(200);
    }

    private String shift(String dutyRole, String name, String username, Instant startsAt, Instant endsAt) {
        return admin("major-incident-service").body(Map.of("dutyRole", dutyRole, "name", name, "username", username,
                        "email", username + "@opsdesk.example", "startsAt", startsAt.toString(), "endsAt", endsAt.toString()))
                .when().post("/api/v1/roster").then().statusCode(201).extract().path("id");
    }

    private boolean notificationKnowsShift(String shift) throws Exception {
        try (Connection db = system.db("notification-service");
             PreparedStatement query = db.prepareStatement("select 1 from duty_shift where id = ?::uuid")) {
            query.setString(1, shift);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    private RequestSpecification admin(String service) {
        return as("admin", service);
    }

    private RequestSpecification as(String role, String service) {
        return given().baseUri(system.url(service)).header("Authorization", Tokens.bearer("e2e." + role, null, new String[] {role}))
                .contentType(ContentType.JSON);
    }
}
