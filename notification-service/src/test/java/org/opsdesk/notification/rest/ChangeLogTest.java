package org.opsdesk.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.opsdesk.platform.testing.ChangeLogApi.entries;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Scenario;
import org.opsdesk.platform.testing.ChangeLogApi;
import org.opsdesk.platform.testing.Tokens;

/** Every change of a contact, an audience or a communication plan names who made it and when, in the change log (issue 9). */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class ChangeLogTest extends ClockedTest {

    @Inject
    MajorIncidentEventsConsumer consumer;

    @Inject
    EntityManager em;

    @Test
    void contactsAndAudiencesNameWhoChangedThemAndWhen() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String contact = "riley-" + suffix;
        String audience = "team-" + suffix;
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant t1 = t0.plusSeconds(60);
        Instant t2 = t1.plusSeconds(60);
        clock.set(t0);
        as("cleo.comms", "communications", "PUT", "/api/v1/contacts/" + contact, Map.of("name", "Riley", "email", "riley@agency.example"), 201);
        as("cleo.comms", "communications", "PUT", "/api/v1/audiences/" + audience,
                Map.of("name", "Team", "communicator", "ITOCC", "channel", "EMAIL", "members", List.of(contact)), 201);
        clock.set(t1);
        as("sam.desk", "service-desk", "PUT", "/api/v1/contacts/" + contact, Map.of("name", "Riley", "phone", "+1 405 555 0100"), 200);
        as("ian.itocc", "itocc", "PUT", "/api/v1/audiences/" + audience,
                Map.of("name", "Team", "communicator", "ITOCC", "channel", "EMAIL"), 200);
        clock.set(t2);
        as("ian.itocc", "itocc", "DELETE", "/api/v1/audiences/" + audience, null, 204);
        as("ian.itocc", "itocc", "DELETE", "/api/v1/contacts/" + contact, null, 204);

        entries("contact", contact).body("items.action", contains("DELETED", "UPDATED", "CREATED"))
                .body("items.actor", contains("ian.itocc", "sam.desk", "cleo.comms"))
                .body("items.at", contains(t2.toString(), t1.toString(), t0.toString()))
                .body("items.summary", contains("name: Riley, phone: +1 405 555 0100",
                        "email: riley@agency.example → none; phone: none → +1 405 555 0100", "name: Riley, email: riley@agency.example"));
        entries("audience", audience).body("items.action", contains("DELETED", "UPDATED", "CREATED"))
                .body("items.actor", contains("ian.itocc", "ian.itocc", "cleo.comms"))
                .body("items[1].summary", equalTo("members: [" + contact + "] → []"));

        ChangeLogApi.assertReadOnly(em, contact);
    }

    @Test
    void adjustingACommunicationPlanNamesWhoAndWhatChanged() {
        Fixtures.defaultPlan();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Change log", t0);
        clock.set(t0.plusSeconds(10));
        as("cleo.comms", "communications", "PUT", "/api/v1/major-incidents/" + mi.id + "/communication-plan",
                Map.of("audiences", List.of(Map.of("audience", "executive-updates", "name", "Executives", "communicator", "ITOCC",
                        "channel", "EMAIL", "cadence", "PT30S", "members", List.of("executive-sponsors")))), 200);

        entries("communication-plan", mi.id.toString()).body("items.action", contains("UPDATED"))
                .body("items.actor", contains("cleo.comms")).body("items.at", contains(t0.plusSeconds(10).toString()))
                .body("items[0].summary", startsWith("removed: leadership-text, customer-bulletin, status-page; changed: executive-updates ("));
    }

    private static void as(String name, String role, String method, String path, Map<String, Object> body, int status) {
        var request = given().header("Authorization", "Bearer " + Tokens.token(name, null, role));
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        request.when().request(method, path).then().statusCode(status);
    }
}
