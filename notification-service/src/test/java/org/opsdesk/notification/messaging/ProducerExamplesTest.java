package org.opsdesk.notification.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.application.sending.DeliverySender;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Mailbox;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.testing.AdjustableClock;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Records;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.UnknownEvents;

/** The producers' own example events (docs/events) are understood: each consumer is fed the examples it reads. */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class ProducerExamplesTest {

    static final String EXAMPLE_MAJOR_INCIDENT = "5d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";
    static final String EXAMPLE_INCIDENT = "0b6a4f52-9e1d-4c3a-8f2b-7d5e6c4b3a21";
    static final String EXAMPLE_PROPOSAL = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";
    static final String EXAMPLE_REVIEW = "7a1c3e5f-2b4d-4f6a-8c0e-1d3f5a7b9c2e";

    @Inject
    MajorIncidentEventsConsumer majorIncidents;
    @Inject
    IncidentEventsConsumer incidents;
    @Inject
    ReviewEventsConsumer reviews;
    @Inject
    DeliverySender sender;
    @Inject
    EventInbox inbox;

    @Inject
    AdjustableClock clock;

    private static final String EXAMPLE_SHIFT = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    @Test
    void theMajorIncidentLifecycleExamplesMakeAPlanFeedTheStatusPageAndEndInResolutionNotices() {
        Fixtures.defaultPlan();
        String id = UUID.randomUUID().toString();
        majorIncidents.receive(Records.batch(example("major-incident.declared", EXAMPLE_MAJOR_INCIDENT, id)));
        majorIncidents.receive(Records.batch(example("major-incident.status-update-published", EXAMPLE_MAJOR_INCIDENT, id)));
        majorIncidents.receive(Records.batch(example("major-incident.proposal-confirmed", EXAMPLE_MAJOR_INCIDENT, id)));

        JsonPath page = given().when().get("/status.json").then().statusCode(200).extract().jsonPath();
        String incident = "activeIncidents.find { it.majorIncidentId == '" + id + "' }";
        assertThat(page.getString(incident + ".title")).isEqualTo("Payroll portal down");
        assertThat(page.getString(incident + ".nature")).isEqualTo("The payroll portal is unavailable to all users.");
        assertThat(page.getString(incident + ".status")).isEqualTo("ACTIVE");

        majorIncidents.receive(Records.batch(example("major-incident.resolved", EXAMPLE_MAJOR_INCIDENT, id)));
        sender.sendDue(Instant.now());
        given().header("Authorization", Tokens.bearer("itocc")).when().get("/api/v1/major-incidents/" + id + "/communication-plan")
                .then().statusCode(200).body("status", equalTo("RESOLVED"));
        assertThat(given().when().get("/status.json").then().extract().jsonPath().getList("history.majorIncidentId")).contains(id);
    }

    @Test
    void proposalExamplesTellTheReporterAndNeverTouchAMajorIncidentsSnapshot() {
        String proposal = UUID.randomUUID().toString();
        for (String type : new String[] {"major-incident.proposal-created", "major-incident.proposal-rejected"}) {
            majorIncidents.receive(Records.batch(example(type, EXAMPLE_PROPOSAL, proposal)));
        }
        sender.sendDue(Instant.now());
        assertThat(Mailbox.withSubject("We received your report of a possible major incident: Email slow for several agencies")
                .stream().filter(m -> Mailbox.text(m).contains("Several agencies report delayed mail"))).isNotEmpty();
        assertThat(Mailbox.withSubject("Your report was not declared a major incident")).isNotEmpty();
        given().header("Authorization", Tokens.bearer("itocc")).when().get("/api/v1/major-incidents/" + proposal + "/communication-plan")
                .then().statusCode(404);
    }

    @Test
    void theDutyShiftExamplesPutTheDutyManagerOnThePageAndTakeHimOff() {
        String shift = UUID.randomUUID().toString();
        try {
            clock.set(Instant.parse("2026-11-23T13:00:00Z"));
            majorIncidents.receive(Records.batch(example("major-incident.duty-shift-saved", EXAMPLE_SHIFT, shift)));
            given().when().get("/status.json").then().statusCode(200).body("dutyManager.name", equalTo("Sam Patel"))
                    .body("dutyManager.phone", equalTo("+14055550150"));
            majorIncidents.receive(Records.batch(example("major-incident.duty-shift-removed", EXAMPLE_SHIFT, shift)));
            given().when().get("/status.json").then().statusCode(200)
                    .body("dutyManager.name", org.hamcrest.Matchers.not(equalTo("Sam Patel")));
        } finally {
            clock.reset();
        }
    }

    @Test
    void incidentAndReviewExamplesBecomeNoticesToTheirPeople() {
        // review-service names audiences (the example's escalateToAudiences: cio); this directory knows their people (RV-3)
        Fixtures.contact("cio-reports", Map.of("name", "Chief Information Officer", "email", "cio-reports@opsdesk.example"));
        Fixtures.audience("cio", Map.of("name", "Chief Information Officer (review reports)", "communicator",
                "Strategic Initiatives team", "channel", "EMAIL", "members", List.of("cio-reports"), "position", 10));
        String resolved = UUID.randomUUID().toString();
        incidents.receive(Records.batch(example("incident.resolved", EXAMPLE_INCIDENT, resolved)));
        String referred = UUID.randomUUID().toString();
        incidents.receive(Records.batch(example("incident.referred", EXAMPLE_INCIDENT, referred)));
        String review = UUID.randomUUID().toString();
        reviews.receive(Records.batch(example("review.distributed", EXAMPLE_REVIEW, review)));
        reviews.receive(Records.batch(example("review.deadline-missed", EXAMPLE_REVIEW, review)));
        sender.sendDue(Instant.now());

        for (String incident : new String[] {resolved, referred}) {
            given().header("Authorization", Tokens.bearer("service-desk")).when().get("/api/v1/incidents/" + incident + "/communications")
                    .then().statusCode(200).body("items[0].status", equalTo("SENT"))
                    .body("items[0].recipients[0].address", equalTo("pat.reporter@revenue.example"));
        }
        assertThat(Mailbox.withSubject("[AAR] Preliminary report: MI-000042 Payroll portal down")).isNotEmpty();
        assertThat(Mailbox.withSubject("[AAR] Deadline missed: Preliminary report"))
                .anySatisfy(m -> assertThat(Mailbox.to(m)).contains("cio-reports@opsdesk.example"));
    }

    /** The example with its aggregate id and event id made fresh, so each run and test has its own. */
    private static String example(String type, String exampleId, String freshId) {
        String json = EventSchemas.example(type).replace(exampleId, freshId);
        String eventId = JsonPath.from(json).getString("id");
        return json.replace(eventId, UUID.randomUUID().toString());
    }

    @Test
    void eventsNotAboutAnIncidentOrAReviewAndUnknownTypesAreSkippedNotParked() {
        UnknownEvents.assertSkipped(UnknownEvents.without("incident.", "incidentId"), incidents::receive, inbox,
                IncidentEventsConsumer.CONSUMER);
        UnknownEvents.assertSkipped(UnknownEvents.without("review.", "reviewId"), reviews::receive, inbox,
                ReviewEventsConsumer.CONSUMER);
    }
}
