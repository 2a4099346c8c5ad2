package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opsdesk.incident.IncidentApi.admin;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.command;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.events;
import static org.opsdesk.incident.IncidentApi.unique;
import static org.opsdesk.incident.IncidentApi.withoutBody;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.AdjustableClock;

/** The lifecycle commands over HTTP: each one's happy path, its 4xx answers, and nothing changed after a refusal. */
@QuarkusTest
class IncidentCommandsTest {

    @Inject
    AdjustableClock clock;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static ValidatableResponse post(String id, String command, String body) {
        return desk().body(body).when().post("/api/v1/incidents/" + id + "/" + command).then();
    }

    private static ValidatableResponse get(String id) {
        return desk().when().get("/api/v1/incidents/" + id).then().statusCode(200);
    }

    /** A team with a member list: only its members may acknowledge its cases. */
    private static String teamWithMembers(String... members) {
        String id = unique("queue");
        admin().body("""
                {"id": "%s", "name": "Payroll Apps", "tier": 2, "escalatesTo": "application-engineering",
                 "members": ["%s"], "managers": [{"name": "Mia Manager", "email": "mia@opsdesk.example"}]}
                """.formatted(id, String.join("\", \"", members)))
                .when().post("/api/v1/teams").then().statusCode(201);
        return id;
    }

    @Test
    void assigningToAQueueCountsAsTheResponseAndIsPublished() {
        String id = create(2, "Mail bounces");
        post(id, "assign", "{\"team\": \"server-team\", \"note\": \"mail runs there\"}").statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("assignedTeam", equalTo("server-team"))
                .body("assignee", nullValue()).body("sla.respondedAt", notNullValue());
        JsonNode assigned = events(topic, id, "incident.assigned", 1).get(0);
        assertThat(assigned.path("assignedTeam").asText()).isEqualTo("server-team");
        assertThat(assigned.path("reason").asText()).isEqualTo("mail runs there");
        assertThat(assigned.path("by").asText()).isEqualTo("sam.desk");
    }

    @Test
    void aRefusedAssignmentChangesNothing() {
        String team = teamWithMembers("tess.tech");
        String id = create(2, "Mail bounces");
        post(id, "assign", "{\"team\": \"no-such-team\"}").statusCode(400).body("invalid-params.name", hasItem("team"));
        post(id, "assign", "{\"team\": \"" + team + "\", \"assignee\": \"stranger\"}").statusCode(400)
                .body("invalid-params.name", hasItem("assignee"));
        post(id, "assign", "{}").statusCode(400).body("invalid-params.name", hasItem("team"));
        as("cust", "dept-of-revenue", "customer").body("{\"team\": \"server-team\"}")
                .when().post("/api/v1/incidents/" + id + "/assign").then().statusCode(403);
        post(UUID.randomUUID().toString(), "assign", "{\"team\": \"server-team\"}").statusCode(404);
        get(id).body("status", equalTo("NEW")).body("assignedTeam", equalTo("service-desk")).body("sla.respondedAt", nullValue());
    }

    @Test
    void aMemberOfTheQueueAcknowledgesAndBecomesTheAssignee() {
        String team = teamWithMembers("tess.tech");
        String id = create(2, "Payroll slow");
        as("tess.tech", null, "technician").when().post("/api/v1/incidents/" + id + "/acknowledge").then().statusCode(409)
                .body("context.state", equalTo("NEW")).body("context.allowedCommands", hasItem("assign"));
        command(id, "assign", "{\"team\": \"" + team + "\"}");
        as("nina.other", null, "technician").when().post("/api/v1/incidents/" + id + "/acknowledge").then().statusCode(403)
                .body("detail", containsString(team));
        get(id).body("status", equalTo("ASSIGNED")).body("assignee", nullValue());
        withoutBody("tess.tech", "technician")
                .when().post("/api/v1/incidents/" + id + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("assignee", equalTo("tess.tech"));
        JsonNode acknowledged = events(topic, id, "incident.acknowledged", 1).get(0);
        assertThat(acknowledged.path("assignee").asText()).isEqualTo("tess.tech");
        assertThat(acknowledged.path("at").asText()).isNotBlank();
    }

    @Test
    void aCaseForTheWrongGroupGoesBackToTheServiceDeskWithTheReason() {
        String id = create(3, "VPN down");
        command(id, "assign", "{\"team\": \"application-support\"}");
        post(id, "return-to-service-desk", "{}").statusCode(400).body("invalid-params.name", hasItem("reason"));
        get(id).body("status", equalTo("ASSIGNED"));
        post(id, "return-to-service-desk", "{\"reason\": \"Not ours: the VPN concentrator\"}").statusCode(200)
                .body("status", equalTo("NEW")).body("assignedTeam", equalTo("service-desk"));
        assertThat(events(topic, id, "incident.returned", 1).get(0).path("reason").asText()).contains("VPN concentrator");
        post(id, "return-to-service-desk", "{\"reason\": \"again\"}").statusCode(409).body("context.state", equalTo("NEW"));
    }

    /** 001 §5.7, IN-7: the case is the queue's; a stranger to it cannot send it back. */
    @Test
    void onlyTheAssigneeAMemberOfTheQueueOrItsManagerReturnsACase() {
        String team = teamWithMembers("tess.tech");
        String id = create(3, "Payroll report empty");
        command(id, "assign", "{\"team\": \"" + team + "\"}");
        as("nina.other", null, "technician").body("{\"reason\": \"not ours\"}")
                .when().post("/api/v1/incidents/" + id + "/return-to-service-desk").then().statusCode(403)
                .body("detail", containsString(team));
        get(id).body("status", equalTo("ASSIGNED")).body("assignedTeam", equalTo(team));
        as("tess.tech", null, "technician").body("{\"reason\": \"not ours\"}")
                .when().post("/api/v1/incidents/" + id + "/return-to-service-desk").then().statusCode(200)
                .body("status", equalTo("NEW"));
        String other = create(3, "Payroll report late");
        command(other, "assign", "{\"team\": \"" + team + "\"}");
        as("mia@opsdesk.example", null, "team-manager").body("{\"reason\": \"needs the customer's payslip id\"}")
                .when().post("/api/v1/incidents/" + other + "/return-to-service-desk").then().statusCode(200)
                .body("status", equalTo("NEW"));
    }

    @Test
    void functionalEscalationGoesToTheNextTierAndHierarchicalUpTheManagementChain() {
        String id = create(2, "Payroll export broken");
        command(id, "assign", "{\"team\": \"application-support\"}");
        post(id, "escalate", "{\"type\": \"HIERARCHICAL\", \"reason\": \"customer is a minister\"}").statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("managementLevel", equalTo(1));
        post(id, "escalate", "{\"type\": \"FUNCTIONAL\", \"reason\": \"needs a code fix\"}").statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("assignedTeam", equalTo("application-engineering"));
        var escalations = events(topic, id, "incident.escalated", 2);
        assertThat(escalations.get(0).path("escalationType").asText()).isEqualTo("HIERARCHICAL");
        assertThat(escalations.get(0).path("manager").path("name").asText()).isEqualTo("Application Support Manager");
        assertThat(escalations.get(1).path("fromTeam").asText()).isEqualTo("application-support");
        assertThat(escalations.get(1).path("toTeam").asText()).isEqualTo("application-engineering");

        post(id, "escalate", "{\"type\": \"FUNCTIONAL\", \"reason\": \"more\"}").statusCode(409)
                .body("detail", containsString("no next tier"));
        post(id, "escalate", "{\"type\": \"SIDEWAYS\", \"reason\": \"x\"}").statusCode(400);
        get(id).body("assignedTeam", equalTo("application-engineering")).body("managementLevel", equalTo(1));
    }

    @Test
    void holdPausesTheResolutionClockAndResumeRestartsIt() {
        clock.set(Instant.parse("2026-02-10T15:00:00Z"));
        String id = create(1, "Tax filing down");
        command(id, "assign", "{\"team\": \"application-support\", \"assignee\": \"tess.tech\"}");
        post(id, "hold", "{\"reason\": \"waiting for the customer's logs\"}").statusCode(200)
                .body("status", equalTo("ON_HOLD")).body("sla.paused", equalTo(true));
        post(id, "hold", "{\"reason\": \"again\"}").statusCode(409).body("context.state", equalTo("ON_HOLD"))
                .body("context.allowedCommands", hasItem("resume"));
        clock.advance(Duration.ofHours(2));
        post(id, "resume", "").statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("sla.paused", equalTo(false))
                .body("sla.resolutionDueAt", equalTo("2026-02-10T21:00:00Z"));
        events(topic, id, "incident.held", 1);
        events(topic, id, "incident.resumed", 1);
    }

    @Test
    void aReferralResolvesTheCaseAndGivesTheOtherHelpDesksContacts() {
        String id = create(3, "Driver licence portal error");
        post(id, "refer", "{\"helpDeskId\": \"atlantis-help-desk\"}").statusCode(400).body("invalid-params.name", hasItem("helpDeskId"));
        get(id).body("status", equalTo("NEW"));
        post(id, "refer", "{\"helpDeskId\": \"public-safety-help-desk\", \"note\": \"DPS runs that portal\"}").statusCode(200)
                .body("status", equalTo("REFERRED"))
                .body("referredTo.phone", equalTo("+1-405-555-0200"))
                .body("referredTo.email", equalTo("helpdesk@dps.example"))
                .body("resolution.disputeDeadline", notNullValue());
        JsonNode referred = events(topic, id, "incident.referred", 1).get(0);
        assertThat(referred.path("helpDesk").path("name").asText()).isEqualTo("Department of Public Safety Help Desk");
        assertThat(referred.path("resolvedAt").asText()).isNotBlank();
        post(id, "close", "{\"reason\": \"handed over\"}").statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("REFERRAL_CLOSED"));
    }

    @Test
    void resolvingRecordsTheTypeTheCustomersConfirmationAndStartsAThreeDayDisputeWindow() {
        // Thursday 12 February 2026, 09:00 in Chicago: the customer has 3 days (001 §5.9), weekend or not
        clock.set(Instant.parse("2026-02-12T15:00:00Z"));
        String id = create(2, "Timesheet export fails");
        post(id, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\"}").statusCode(400).body("invalid-params.name", hasItem("resolution"));
        post(id, "resolve", "{\"resolutionType\": \"MAGIC\", \"resolution\": \"x\"}").statusCode(400);
        post(id, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"x\"}").statusCode(400)
                .body("invalid-params.name", hasItem("confirmationMethod"));
        post(id, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"x\", \"confirmationMethod\": \"PHONE\", "
                + "\"unconfirmedReason\": \"CUSTOMER_UNREACHABLE\"}").statusCode(400).body("invalid-params.name", hasItem("confirmationMethod"));
        post(id, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"x\", \"unconfirmedReason\": \"TOO_BUSY\"}")
                .statusCode(400);
        get(id).body("status", equalTo("NEW"));
        post(id, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"Patched the exporter\", \"confirmationMethod\": \"PHONE\"}").statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolution.resolutionType", equalTo("PERMANENT_FIX"))
                .body("resolution.customerConfirmed", equalTo(true)).body("resolution.confirmationMethod", equalTo("PHONE"))
                .body("resolution.unconfirmedReason", nullValue())
                .body("resolution.disputeDeadline", equalTo("2026-02-15T15:00:00Z"))
                .body("sla.respondedAt", equalTo("2026-02-12T15:00:00Z"));
        JsonNode resolved = events(topic, id, "incident.resolved", 1).get(0);
        assertThat(resolved.path("disputeDeadline").asText()).isEqualTo("2026-02-15T15:00:00Z");
        assertThat(resolved.path("resolutionType").asText()).isEqualTo("PERMANENT_FIX");
        assertThat(resolved.path("customerConfirmed").asBoolean()).isTrue();
        assertThat(resolved.path("confirmationMethod").asText()).isEqualTo("PHONE");

        String unreachable = create(3, "Scanner driver missing");
        post(unreachable, "resolve", "{\"resolutionType\": \"WORKAROUND\", \"resolution\": \"Generic driver installed\", "
                + "\"unconfirmedReason\": \"CUSTOMER_UNREACHABLE\"}").statusCode(200)
                .body("resolution.customerConfirmed", equalTo(false)).body("resolution.confirmationMethod", nullValue())
                .body("resolution.unconfirmedReason", equalTo("CUSTOMER_UNREACHABLE"));
        assertThat(events(topic, unreachable, "incident.resolved", 1).get(0).path("unconfirmedReason").asText())
                .isEqualTo("CUSTOMER_UNREACHABLE");
    }

    @Test
    void theCustomerConfirmsAndTheClosedCaseIsFinal() {
        String id = create("""
                {"source": "PHONE", "summary": "Password reset", "severity": 4, "customerOrg": "dept-of-revenue"}""");
        command(id, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"Reset done\", \"confirmationMethod\": \"PHONE\"}");
        as("pat", "dept-of-revenue", "customer").body("{\"comment\": \"works, thanks\"}")
                .when().post("/api/v1/incidents/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("CUSTOMER_CONFIRMED")).body("closedBy", equalTo("pat"));
        assertThat(events(topic, id, "incident.closed", 1).get(0).path("closedBy").asText()).isEqualTo("pat");
        Map<String, String> commands = Map.of("dispute", "{\"reason\": \"x\"}",
                "assign", "{\"team\": \"server-team\"}", "resolve", "{\"resolutionType\": \"WORKAROUND\", \"resolution\": \"x\", \"confirmationMethod\": \"PHONE\"}",
                "close", "{\"reason\": \"x\"}", "notes", "{\"text\": \"x\"}", "contact-attempts", "{\"method\": \"PHONE\", \"outcome\": \"REACHED\"}");
        commands.forEach((command, body) -> post(id, command, body)
                .statusCode(409).body("context.state", equalTo("CLOSED")).body("context.allowedCommands", empty()));
        desk().body("{\"severity\": 1}").when().patch("/api/v1/incidents/" + id).then().statusCode(409);
        get(id).body("status", equalTo("CLOSED")).body("severity", equalTo(4));
    }

    @Test
    void aDisputeWithinTheWindowReopensAndAfterItIsRefused() {
        clock.set(Instant.parse("2026-02-10T15:00:00Z"));
        String id = create("""
                {"source": "PHONE", "summary": "Printer queue stuck", "severity": 3, "customerOrg": "dept-of-revenue"}""");
        command(id, "assign", "{\"team\": \"server-team\", \"assignee\": \"tess.tech\"}");
        command(id, "resolve", "{\"resolutionType\": \"WORKAROUND\", \"resolution\": \"Cleared the queue\", \"confirmationMethod\": \"PHONE\"}");
        clock.advance(Duration.ofDays(1));
        as("pat", "dept-of-revenue", "customer").body("{}").when().post("/api/v1/incidents/" + id + "/dispute").then().statusCode(400);
        as("pat", "dept-of-revenue", "customer").body("{\"reason\": \"It jams again\"}")
                .when().post("/api/v1/incidents/" + id + "/dispute").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("reopenCount", equalTo(1)).body("resolution", nullValue())
                .body("sla.paused", equalTo(false));
        JsonNode reopened = events(topic, id, "incident.reopened", 1).get(0);
        assertThat(reopened.path("reopenCount").asInt()).isEqualTo(1);
        assertThat(reopened.path("reason").asText()).isEqualTo("It jams again");

        command(id, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"Replaced the spooler\", \"confirmationMethod\": \"PHONE\"}");
        clock.advance(Duration.ofDays(10));
        as("pat", "dept-of-revenue", "customer").body("{\"reason\": \"still\"}")
                .when().post("/api/v1/incidents/" + id + "/dispute").then().statusCode(409)
                .body("detail", containsString("dispute window")).body("detail", containsString("followUpOf"));
        get(id).body("status", equalTo("RESOLVED")).body("reopenCount", equalTo(1));
    }

    @Test
    void anUnreachableCustomersCaseClosesOnlyAfterTheContactAttemptsByPhoneAndEmail() {
        clock.set(Instant.parse("2026-02-02T15:00:00Z")); // Monday
        String id = create(3, "Laptop will not boot");
        command(id, "assign", "{\"team\": \"server-team\", \"assignee\": \"tess.tech\"}");
        command(id, "hold", "{\"reason\": \"waiting for the customer to bring the laptop\"}");
        clock.set(Instant.parse("2026-02-02T15:30:00Z"));
        attemptAt(id, "2026-02-02T14:59:00Z").statusCode(400).body("invalid-params.name", hasItem("at"))
                .body("invalid-params[0].reason", containsString("before the case was logged"));
        attemptAt(id, "2026-02-02T15:10:00Z").statusCode(400).body("invalid-params.name", hasItem("at"))
                .body("invalid-params[0].reason", containsString("when it happens"));
        desk().when().get("/api/v1/incidents/" + id + "/contact-attempts").then().body("items", empty());
        attemptAt(id, "2026-02-02T15:20:00Z").statusCode(201)
                .body("at", equalTo("2026-02-02T15:20:00Z")).body("recordedAt", equalTo("2026-02-02T15:30:00Z"));
        post(id, "close", "{\"reason\": \"customer unreachable\"}").statusCode(409)
                .body("detail", containsString("3 unsuccessful contact attempts needed, 1 recorded"))
                .body("detail", containsString("attempts by [PHONE, EMAIL] needed, missing [EMAIL]"))
                .body("detail", containsString("5 business days"));
        get(id).body("status", equalTo("ON_HOLD"));
        clock.set(Instant.parse("2026-02-04T15:00:00Z"));
        attempt(id, "SMS", "NO_REPLY");
        clock.set(Instant.parse("2026-02-09T15:00:00Z")); // next Monday: 5 business days after the first try
        attempt(id, "PHONE", "LEFT_MESSAGE");
        desk().when().get("/api/v1/incidents/" + id + "/contact-attempts").then().statusCode(200)
                .body("closableAsUnreachable", equalTo(false)).body("unmet", contains("attempts by [PHONE, EMAIL] needed, missing [EMAIL]"));
        post(id, "close", "{\"reason\": \"customer unreachable\"}").statusCode(409);
        attempt(id, "EMAIL", "NO_REPLY");
        desk().when().get("/api/v1/incidents/" + id + "/contact-attempts").then().statusCode(200)
                .body("closableAsUnreachable", equalTo(true)).body("unmet", empty());
        post(id, "close", "{\"reason\": \"customer unreachable\"}").statusCode(200)
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("CUSTOMER_UNREACHABLE"));
    }

    private static ValidatableResponse attemptAt(String id, String at) {
        return desk().body("{\"method\": \"PHONE\", \"outcome\": \"NO_ANSWER\", \"at\": \"%s\"}".formatted(at))
                .when().post("/api/v1/incidents/" + id + "/contact-attempts").then();
    }

    private static void attempt(String id, String method, String outcome) {
        desk().body("{\"method\": \"%s\", \"outcome\": \"%s\"}".formatted(method, outcome))
                .when().post("/api/v1/incidents/" + id + "/contact-attempts").then().statusCode(201);
    }

    @Test
    void commandsOnAnUnknownIncidentAre404AndWithoutTheRoleAre403() {
        String unknown = UUID.randomUUID().toString();
        Map.of("acknowledge", "", "hold", "{\"reason\": \"x\"}", "resume", "", "confirm", "{}",
                        "close", "{\"reason\": \"x\"}", "dispute", "{\"reason\": \"x\"}")
                .forEach((command, body) -> post(unknown, command, body).statusCode(404).contentType("application/problem+json"));
        String id = create(3, "Monitor flickers");
        as("exec", null, "executive").body("{\"reason\": \"x\"}").when().post("/api/v1/incidents/" + id + "/hold")
                .then().statusCode(403);
        as("prometheus", null, "monitoring").body("{\"resolutionType\": \"WORKAROUND\", \"resolution\": \"x\", \"confirmationMethod\": \"PHONE\"}")
                .when().post("/api/v1/incidents/" + id + "/resolve").then().statusCode(403);
        get(id).body("status", equalTo("NEW"));
    }
}
