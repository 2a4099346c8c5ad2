package org.opsdesk.notification.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.Gateway;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Mailbox;
import org.opsdesk.notification.support.TestEvents;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.Records;

/** CO-3: severity 1–2 customers notified within their SLA, updated, told of restoration; CO-5: resolution and referral notices. */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class IncidentNoticesTest extends ClockedTest {

    static final String ORG = "city-of-tulsa";
    static final List<String> ORG_EMAILS = List.of("it-liaison@cityoftulsa.example", "cio-office@cityoftulsa.example");

    @Inject
    IncidentEventsConsumer consumer;

    @BeforeEach
    void customerContacts() {
        Fixtures.contact("tulsa-it-liaison", Map.of("name", "Tulsa IT liaison", "email", ORG_EMAILS.get(0), "organisation", ORG));
        Fixtures.contact("tulsa-cio-office", Map.of("name", "Tulsa CIO office", "email", ORG_EMAILS.get(1), "organisation", ORG));
        // Tulsa's SLA: email, updates every 15 s (the test profile's default: notified within 10 s, updated every 20 s)
        organisation(ORG, Map.of("name", "City of Tulsa", "serviceIds", List.of(), "channels", List.of("EMAIL"), "updateEvery", "PT15S"));
    }

    @Test
    void everyOrganisationUsingAnAffectedServiceIsToldByItsMethodsOnItsTimelines() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String service = "payroll-" + tag;
        String agency = "agency-" + tag;
        Fixtures.contact("liaison-" + tag, Map.of("name", "Agency liaison", "email", "liaison-" + tag + "@agency.example",
                "phone", "+1405555" + (1000 + Math.abs(tag.hashCode() % 9000)), "organisation", agency));
        organisation(agency, Map.of("name", "Agency " + tag, "serviceIds", List.of(service), "channels", List.of("EMAIL", "SMS"),
                "notifyWithin", "PT5S", "updateEvery", "PT40S"));
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("INC");
        Map<String, Object> incident = TestEvents.incidentSnapshot(id, number, 1, ORG, "riley@cityoftulsa.example", t0);
        incident.put("serviceIds", List.of(service));
        consumer.receive(Records.batch(TestEvents.incident("incident.created", incident, t0)));
        sender.sendDue(t0);

        // the reporting organisation on its own terms, the agency that uses the service by email and SMS on its own
        assertThat(Mailbox.distinct(Mailbox.withSubject("[" + number + "] Severity 1 incident affecting your services")))
                .extracting(Mailbox::to).containsExactlyInAnyOrder(new java.util.HashSet<>(ORG_EMAILS),
                        java.util.Set.of("liaison-" + tag + "@agency.example"));
        assertThat(Gateway.posts(Gateway.SMS, number)).hasSize(1);
        log(id).body("items.findAll { it.slot == 0 }.audience", containsInAnyOrder(ORG + ".email", agency + ".email", agency + ".sms"))
                .body("items.find { it.audience == '" + ORG + ".email' && it.slot == 0 }.deadlineAt", equalTo(t0.plusSeconds(10).toString()))
                .body("items.find { it.audience == '" + agency + ".sms' && it.slot == 0 }.deadlineAt", equalTo(t0.plusSeconds(5).toString()))
                .body("items.find { it.audience == '" + ORG + ".email' && it.slot == 1 }.dueAt", equalTo(t0.plusSeconds(15).toString()))
                .body("items.find { it.audience == '" + agency + ".email' && it.slot == 1 }.dueAt", equalTo(t0.plusSeconds(40).toString()));
    }

    @Test
    void organisationTermsAreValidatedAndAuditedAndOnlyTheDirectoryRolesChangeThem() {
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("name", "X", "serviceIds", List.of(), "channels", List.of("STATUS_PAGE")))
                .when().put("/api/v1/organisations/x-org").then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", hasItem("channels"));
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("name", "X", "serviceIds", List.of(), "channels", List.of("WEBHOOK")))
                .when().put("/api/v1/organisations/x-org").then().statusCode(400).body("invalid-params.name", hasItem("portalUrl"));
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("name", "X", "serviceIds", List.of(), "channels", List.of("EMAIL"), "updateEvery", "PT0S"))
                .when().put("/api/v1/organisations/x-org").then().statusCode(400).body("invalid-params.name", hasItem("updateEvery"));
        given().header("Authorization", Tokens.bearer("technician")).contentType("application/json")
                .body(Map.of("name", "X", "serviceIds", List.of(), "channels", List.of("EMAIL")))
                .when().put("/api/v1/organisations/x-org").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("service-desk")).when().get("/api/v1/organisations/x-org").then().statusCode(404);
        given().header("Authorization", Tokens.bearer("service-desk")).when().get("/api/v1/organisations/" + ORG).then().statusCode(200)
                .body("channels", contains("EMAIL")).body("updateEvery", equalTo("PT15S")).body("notifyWithin", equalTo(null));
        given().header("Authorization", Tokens.bearer("admin")).queryParam("kind", "organisation").queryParam("resourceId", ORG)
                .when().get("/api/v1/change-log").then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    private static void organisation(String key, Map<String, Object> terms) {
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json").body(terms)
                .when().put("/api/v1/organisations/" + key).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }


    @Test
    void aSeverityTwoIncidentIsAnnouncedToTheCustomerWithinItsSlaUpdatedAtItsCadenceAndRestored() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("INC");
        Map<String, Object> incident = TestEvents.incidentSnapshot(id, number, 2, ORG, "riley@cityoftulsa.example", t0);
        String created = TestEvents.incident("incident.created", incident, t0);
        consumer.receive(Records.batch(created));
        consumer.receive(Records.batch(created));

        sender.sendDue(t0);
        MimeMessage first = Mailbox.single("[" + number + "] Severity 2 incident affecting your services");
        assertThat(Mailbox.to(first)).containsExactlyInAnyOrderElementsOf(ORG_EMAILS);
        assertThat(Mailbox.text(first)).contains("Next update: ").contains("Email is down for the finance floor");
        log(id).body("items.find { it.slot == 0 }.deadlineAt", equalTo(t0.plusSeconds(10).toString()))
                .body("items.find { it.slot == 1 }.dueAt", equalTo(t0.plusSeconds(15).toString()));

        clock.set(t0.plusSeconds(15));
        sender.sendDue(clock.instant());
        Mailbox.single("[" + number + "] Update 1");

        Instant resolvedAt = t0.plusSeconds(20);
        clock.set(resolvedAt);
        incident.put("status", "RESOLVED");
        incident.putAll(Map.of("resolutionType", "WORKAROUND", "resolution", "Mail routed through the backup relay",
                "resolvedAt", resolvedAt.toString(), "disputeDeadline", resolvedAt.plusSeconds(3 * 86400).toString()));
        consumer.receive(Records.batch(TestEvents.incident("incident.resolved", incident, resolvedAt)));
        consumer.receive(Records.batch(TestEvents.incident("incident.resolved", incident, resolvedAt)));
        sender.sendDue(clock.instant());

        MimeMessage restored = Mailbox.single("[" + number + "] Service restored");
        assertThat(Mailbox.to(restored)).containsExactlyInAnyOrderElementsOf(ORG_EMAILS);
        assertThat(Mailbox.text(restored)).contains("Mail routed through the backup relay");
        MimeMessage notice = Mailbox.single("[" + number + "] Your incident has been resolved");
        assertThat(Mailbox.to(notice)).containsExactly("riley@cityoftulsa.example");
        assertThat(Mailbox.text(notice)).contains("Resolution: Mail routed through the backup relay")
                .contains("Resolution type: Workaround").contains("Dispute deadline: ")
                .contains("To dispute the resolution, contact OMES Service Desk at 405-521-2444 or servicedesk@opsdesk.example")
                .contains("After that date the case closes automatically.");
        assertThat(Mailbox.html(notice)).contains("Dispute deadline");

        int before = Mailbox.withSubject("[" + number + "]").size();
        clock.set(t0.plusSeconds(300));
        sender.sendDue(clock.instant());
        assertThat(Mailbox.withSubject("[" + number + "]")).hasSize(before);
        log(id).body("items.kind", contains("UPDATE", "UPDATE", "RESOLUTION", "RESOLUTION_NOTICE", "UPDATE"))
                .body("items.status", contains("SENT", "SENT", "SENT", "SENT", "CANCELLED"));
    }

    @Test
    void lowerSeveritiesAndOrganisationsWithoutContactsGetNoCustomerPlanButEveryResolutionIsAnnouncedToTheReporter() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        UUID minor = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("INC");
        Map<String, Object> incident = TestEvents.incidentSnapshot(minor, number, 3, ORG, "sam@cityoftulsa.example", t0);
        consumer.receive(Records.batch(TestEvents.incident("incident.created", incident, t0)));
        UUID unknownOrg = UUID.randomUUID();
        consumer.receive(Records.batch(TestEvents.incident("incident.created", TestEvents.incidentSnapshot(unknownOrg, TestEvents.uniqueNumber("INC"),
                1, "org-without-contacts-" + UUID.randomUUID(), "x@example.org", t0), t0)));
        given().header("Authorization", Tokens.bearer("service-desk")).when().get("/api/v1/incidents/" + minor + "/communications")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("service-desk")).when().get("/api/v1/incidents/" + unknownOrg + "/communications")
                .then().statusCode(404);

        incident.putAll(Map.of("status", "RESOLVED", "resolutionType", "PERMANENT_FIX", "resolution", "Password reset",
                "resolvedAt", t0.toString(), "disputeDeadline", t0.plusSeconds(259200).toString()));
        consumer.receive(Records.batch(TestEvents.incident("incident.resolved", incident, t0.plusSeconds(1))));
        sender.sendDue(t0.plusSeconds(1));
        assertThat(Mailbox.text(Mailbox.single("[" + number + "] Your incident has been resolved"))).contains("Resolution type: Permanent fix");
    }

    @Test
    void aReferredIncidentGivesTheReporterTheOtherHelpDesksContactDetails() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("INC");
        Map<String, Object> incident = TestEvents.incidentSnapshot(id, number, 3, null, "pat@agency.example", t0);
        incident.put("helpDesk", Map.of("name", "Tax Commission Help Desk", "phone", "405-521-3160",
                "email", "helpdesk@tax.ok.example", "url", "https://tax.ok.example/help"));
        incident.put("status", "REFERRED");
        consumer.receive(Records.batch(TestEvents.incident("incident.referred", incident, t0)));
        sender.sendDue(t0);

        MimeMessage referral = Mailbox.single("[" + number + "] Your request was referred to Tax Commission Help Desk");
        assertThat(Mailbox.to(referral)).containsExactly("pat@agency.example");
        assertThat(Mailbox.text(referral)).contains("Phone: 405-521-3160").contains("Email: helpdesk@tax.ok.example")
                .contains("Web: https://tax.ok.example/help");
    }


    private static ValidatableResponse log(UUID incidentId) {
        return given().header("Authorization", Tokens.bearer("service-desk")).when()
                .get("/api/v1/incidents/" + incidentId + "/communications").then().statusCode(200);
    }
}
