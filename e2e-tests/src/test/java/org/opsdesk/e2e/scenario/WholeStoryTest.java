package org.opsdesk.e2e.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.contract.WireContract;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.ProjectFiles;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.TopicReader;
import org.opsdesk.platform.time.BusinessCalendar;
import org.opsdesk.platform.time.PublicHolidays;

/**
 * The whole story of issue 7 across the four packaged services, only through their public REST APIs, the SMTP
 * server, the HTTP sink and the event topics: a critical Alertmanager alert on a significant service becomes a
 * severity-1 incident, a major incident with a coordinator from the roster, an hourly (here: every
 * {@link OpsDeskSystem#CADENCE}) communication to every audience, a status update, a stale update, a resolution,
 * an after-action review with business-day deadlines, and a consistent timeline, delivery log and event stream.
 *
 * <p>The steps share state and run in order; a step whose predecessor failed is skipped, not failed again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("The whole story: alert → incident → major incident → communications → resolution → review")
@ExtendWith(WireContract.class)
class WholeStoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "payroll-portal";
    private static final List<String> PLAN_AUDIENCES = List.of("executive-updates", "leadership-text", "customer-bulletin", "status-page",
            "tbc-liaison", "commissioners");
    private static final List<String> TOPICS = List.of("incident.events.v1", "major-incident.events.v1", "notification.events.v1",
            "review.events.v1");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SMS_PATH = "/sms/messages";
    private static final Pattern PLAN_SUBJECT =
            Pattern.compile("\\[MI-\\d+\\] (Major incident declared|Update \\d+|Resolved)");
    private static final String BULLETIN_PATH = "/govdelivery/api/account/OKOMES/bulletins/send_now";
    private static final String RECORDED_STARTS_AT = "2026-11-23T14:00:00.123Z";

    private OpsDeskSystem system;
    private Sinks sinks;
    private Seed seed;
    private JsonNode coordinator;

    // What the story has established so far.
    private String changeId;
    private String incidentId;
    private String majorId;
    private String majorNumber;
    private Instant declaredAt;
    private String nature;
    private String impact;
    private int carryingSlot = -1;
    private Instant miResolvedAt;
    private String resolutionSummary;
    private String reviewId;

    @BeforeAll
    void startTheSystemAndLoadTheSeed() {
        Awaitility.setDefaultPollInterval(Duration.ofMillis(500));
        system = OpsDeskSystem.get();
        sinks = new Sinks(system);
        Instant now = Instant.now();
        seed = Seed.load(system, now);
        Seed.load(system, now); // loading twice changes nothing (the demo's seed is idempotent)
        coordinator = seed.onDuty("ITOCC_DESIGNEE");
        assertThat(seed.anyoneOnDuty("ITOCC_MANAGER")).as("the seed roster leaves the first role of the chain empty").isFalse();
        given().baseUri(system.url("major-incident-service")).header("Authorization", admin()).queryParam("dutyRole", "ITOCC_DESIGNEE")
                .when().get("/api/v1/roster").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    @Order(1)
    @DisplayName("1. a critical Alertmanager alert on a significant service opens exactly one severity-1 incident; a redelivery changes nothing")
    void alertOpensOneSeverityOneIncident() {
        // The recorded webhook, firing since five minutes ago (Alertmanager's startsAt: when the alert began to fire).
        Instant firingSince = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
        String webhook = resource("/scenario/alertmanager-firing.json").replace(RECORDED_STARTS_AT, firingSince.toString());
        // The change-management tool reported a change on the service two hours before the outage (used in step 2).
        changeId = "CHG-E2E-" + System.currentTimeMillis();
        as("major-incident-service", "change-feed", "integration")
                .body(Map.of("externalId", changeId, "serviceIds", List.of(SERVICE), "type", "NORMAL",
                        "summary", "Rotated the load balancer certificate of the payroll web nodes",
                        "implementedAt", firingSince.minus(Duration.ofHours(2)).toString(), "link", "https://itsm.example/changes/" + changeId))
                .when().post("/api/v1/changes").then().statusCode(201);

        as("incident-service", "e2e.desk", "service-desk").when().get("/api/v1/services/" + SERVICE)
                .then().statusCode(200).body("significant", equalTo(true));

        JsonNode first = postAlert(webhook);
        assertThat(first.at("/results/0/outcome").asText()).isEqualTo("OPENED");
        incidentId = first.at("/results/0/incidentId").asText();

        JsonNode incident = incident();
        assertThat(incident.path("severity").asInt()).isEqualTo(1);
        assertThat(incident.path("priority").asText()).isEqualTo("P1");
        assertThat(incident.path("source").asText()).isEqualTo("MONITORING");
        assertThat(texts(incident.path("serviceIds"))).containsExactly(SERVICE);
        assertThat(incident.path("significantService").asBoolean()).isTrue();

        JsonNode again = postAlert(webhook);
        assertThat(again.path("results")).hasSize(1);
        assertThat(again.at("/results/0/outcome").asText()).isEqualTo("REDELIVERED");
        assertThat(again.at("/results/0/incidentId").asText()).isEqualTo(incidentId);
        // not its version: the major incident its severity declares links it at any moment (incident.major-incident-linked)
        JsonNode after = incident();
        assertThat(after.path("status")).isEqualTo(incident.path("status"));
        assertThat(after.path("severity")).isEqualTo(incident.path("severity"));
        JsonNode onService = json(as("incident-service", "e2e.desk", "service-desk").queryParam("serviceId", SERVICE)
                .when().get("/api/v1/incidents").then().statusCode(200).extract().asString());
        assertThat(onService.path("total").asInt()).as("incidents on " + SERVICE).isEqualTo(1);
        story("1", "alert " + first.at("/results/0/dedupKey").asText() + " opened " + incident.path("number").asText()
                + " (severity 1, P1); the redelivered webhook changed nothing");
    }

    @Test
    @Order(2)
    @DisplayName("2. the incident declares one major incident: coordinator by the fallback chain, team coverage with gaps, recent changes")
    void severityOneDeclaresOneMajorIncident() {
        assumeTrue(incidentId != null, "step 1 did not open the incident");
        await().atMost(WAIT).untilAsserted(() -> assertThat(majorIncidentsOf(incidentId).path("total").asInt()).isEqualTo(1));
        JsonNode list = majorIncidentsOf(incidentId);
        majorId = list.at("/items/0/id").asText();

        JsonNode mi = majorIncident();
        majorNumber = mi.path("number").asText();
        declaredAt = Instant.parse(mi.path("declaredAt").asText());
        assertThat(texts(mi.path("incidentIds"))).containsExactly(incidentId);
        assertThat(texts(mi.path("serviceIds"))).contains(SERVICE);
        assertThat(mi.path("coordinatorGap").asBoolean()).isFalse();
        // ITOCC_MANAGER (first in the chain) is off duty in the seed roster; ITOCC_DESIGNEE (second) is on duty.
        assertThat(mi.at("/coordinator/name").asText()).isEqualTo(coordinator.get("name").asText());
        assertThat(mi.at("/coordinator/email").asText()).isEqualTo(coordinator.get("email").asText());
        assertThat(mi.at("/coordinator/role").asText()).isEqualTo("ITOCC_DESIGNEE");

        await().atMost(WAIT).untilAsserted(() -> assertThat(incident().path("majorIncidentId").asText()).isEqualTo(majorId));

        JsonNode team = json(reader("major-incident-service").when().get("/api/v1/major-incidents/" + majorId + "/team")
                .then().statusCode(200).extract().asString());
        assertThat(texts(team.path("gaps"))).contains("no member from service-desk")
                .as("the leader serves as Communications Coordinator (002 §IV.G)").doesNotContain("no Communications Coordinator named");
        assertThat(team.path("communicationsByLeader").asBoolean()).isTrue();
        as("major-incident-service", coordinator.get("username").asText(), "itocc")
                .body(Map.of("name", "Lee Nguyen", "email", "lee.nguyen@opsdesk.example", "username", "lee.nguyen",
                        "team", "Service Desk", "role", "RESPONDER"))
                .when().post("/api/v1/major-incidents/" + majorId + "/team/members").then().statusCode(201);
        JsonNode covered = json(reader("major-incident-service").when().get("/api/v1/major-incidents/" + majorId + "/team")
                .then().statusCode(200).extract().asString());
        JsonNode serviceDesk = find(covered.path("coverage"), c -> c.path("team").asText().equals("service-desk"));
        assertThat(serviceDesk.path("covered").asBoolean()).isTrue();
        assertThat(texts(covered.path("gaps"))).doesNotContain("no member from service-desk")
                .contains("no member from network-team");

        JsonNode changes = json(reader("major-incident-service").when().get("/api/v1/major-incidents/" + majorId + "/recent-changes")
                .then().statusCode(200).extract().asString());
        assertThat(StreamSupport.stream(changes.spliterator(), false).map(c -> c.path("externalId").asText())).contains(changeId);
        story("2", majorNumber + " declared for it; coordinator " + coordinator.get("name").asText() + " (ITOCC_DESIGNEE: no ITOCC_MANAGER on duty); "
                + "gaps " + texts(covered.path("gaps")).size() + "; recent change " + changeId);
    }

    @Test
    @Order(3)
    @DisplayName("3. the first update reaches every audience at once: executives by email, leaders by SMS, customers by bulletin, the status page")
    void firstUpdateToEveryAudience() {
        assumeTrue(majorId != null, "step 2 did not find the major incident");
        await().atMost(WAIT).untilAsserted(() -> {
            List<Delivery> first = deliveries().stream().filter(d -> d.isUpdate() && d.slot() == 0).toList();
            assertThat(first).extracting(Delivery::audience).containsExactlyInAnyOrderElementsOf(PLAN_AUDIENCES);
            assertThat(first).allSatisfy(d -> assertThat(d.status()).isEqualTo("SENT"));
        });
        List<Delivery> first = deliveries().stream().filter(d -> d.isUpdate() && d.slot() == 0).toList();
        assertThat(first).extracting(Delivery::dueAt).containsOnly(first.get(0).dueAt());
        assertThat(first).allSatisfy(d -> assertThat(d.late()).as(d.audience() + " late").isFalse());

        for (String email : seed.memberAddresses("executive-updates", "email")) {
            assertThat(sinks.inbox(email)).as("inbox of " + email)
                    .anySatisfy(m -> assertThat(m.subject()).contains(majorNumber, "Major incident declared"));
        }
        for (String phone : seed.memberAddresses("leadership-text", "phone")) {
            assertThat(sinks.posts(SMS_PATH)).as("SMS to " + phone)
                    .anySatisfy(p -> {
                        assertThat(p.body().path("to").asText()).isEqualTo(phone);
                        assertThat(p.body().path("body").asText()).contains(majorNumber, "Major incident declared");
                    });
        }
        List<Sinks.Post> bulletins = bulletinsOf(majorNumber);
        assertThat(bulletins).hasSize(1);
        assertThat(StreamSupport.stream(bulletins.get(0).body().path("topics").spliterator(), false).map(t -> t.path("code").asText()))
                .containsExactlyInAnyOrderElementsOf(texts(seed.audience("customer-bulletin").path("topics")));
        assertThat(bulletins.get(0).body().path("subject").asText()).contains(majorNumber);

        // the page is rebuilt in memory every 2 s (opsdesk.notification.status-page.refresh-every)
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode active = find(statusJson().path("activeIncidents"), a -> a.path("majorIncidentId").asText().equals(majorId));
            assertThat(active.path("number").asText()).isEqualTo(majorNumber);
            assertThat(statusHtml()).contains(majorNumber);
        });
        story("3", "slot 0 sent at " + first.get(0).dueAt() + " to " + PLAN_AUDIENCES + "; status page lists " + majorNumber);
    }

    @Test
    @Order(4)
    @DisplayName("4. a six-item status update rides the next slot; a slot without one goes out unchanged and the coordinator is told")
    void statusUpdateThenStaleSlot() {
        assumeTrue(majorId != null, "step 2 did not find the major incident");
        nature = "Payroll web nodes refuse TLS handshakes after the load balancer certificate rotation " + changeId;
        impact = "State employees cannot view pay stubs or change direct deposit";
        Instant now = Instant.now();
        JsonNode published = json(as("major-incident-service", coordinator.get("username").asText(), "itocc")
                .body(Map.of("nature", nature, "impact", impact,
                        "remediationMetric", "HTTPS probe success on payroll-web-1 and payroll-web-2",
                        "remediationSteps", "Reinstall the intermediate certificate chain on both web nodes and restart the application pool",
                        "estimatedRemediationAt", now.plus(Duration.ofMinutes(45)).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "nextUpdateAt", now.plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS).toString()))
                .when().post("/api/v1/major-incidents/" + majorId + "/status-updates").then().statusCode(201).extract().asString());
        Instant publishedAt = Instant.parse(published.path("publishedAt").asText());

        await().atMost(WAIT).untilAsserted(() -> assertThat(find(statusJson().path("activeIncidents"),
                a -> a.path("majorIncidentId").asText().equals(majorId)).path("nature").asText()).isEqualTo(nature));
        Instant known = Instant.now(); // notification-service holds the status update from here on
        assertThat(statusHtml()).contains(nature);

        String executive = seed.memberAddresses("executive-updates", "email").get(0);
        await().atMost(OpsDeskSystem.CADENCE.multipliedBy(2).plus(WAIT)).untilAsserted(() ->
                assertThat(updateMails(executive)).anySatisfy(m -> assertThat(m.text()).contains(nature)));
        // The email can arrive before the sender's transaction records the delivery SENT.
        carryingSlot = await().atMost(WAIT).ignoreExceptions().until(() -> deliveries().stream()
                .filter(d -> d.audience().equals("executive-updates") && d.isUpdate()
                        && "SENT".equals(d.status()) && mailOfSlot(executive, d.slot()).text().contains(nature))
                .mapToInt(Delivery::slot).min(), java.util.OptionalInt::isPresent).getAsInt();
        Delivery carrying = slot("executive-updates", carryingSlot);
        assertThat(carryingSlot).isPositive();
        assertThat(carrying.stale()).as("the slot carrying the status update is not stale").isFalse();
        // Publishing sends it now (issue 13): the slot carrying it was due when notification-service learnt of it, not a
        // cadence later, and the next slot is one cadence after it (the next update it promised).
        assertThat(carrying.dueAt()).isBefore(known.plusSeconds(1));
        assertThat(carrying.sentAt()).isAfter(publishedAt);
        for (String email : seed.memberAddresses("executive-updates", "email")) {
            assertThat(mailOfSlot(email, carryingSlot).text()).contains(nature, impact);
        }
        await().atMost(WAIT).untilAsserted(() -> PLAN_AUDIENCES.forEach(a -> assertThat(slot(a, carryingSlot).status()).isEqualTo("SENT")));
        assertThat(smsOfSlot(seed.memberAddresses("leadership-text", "phone").get(0), carryingSlot)).contains(impact);

        // The following slot: no status update since → marked unchanged, and the coordinator hears about it.
        int staleSlot = carryingSlot + 1;
        await().atMost(OpsDeskSystem.CADENCE.plus(WAIT)).untilAsserted(() -> {
            Delivery next = slot("executive-updates", staleSlot);
            assertThat(next.status()).isEqualTo("SENT");
        });
        assertThat(slot("executive-updates", staleSlot).stale())
                .as("slot %d (no status update since the one slot %d carried) is marked stale (CO-4)", staleSlot, carryingSlot).isTrue();
        Sinks.Mail staleMail = mailOfSlot(executive, staleSlot);
        assertThat(staleMail.subject()).contains("(no new information)");
        assertThat(staleMail.text()).contains("NO NEW INFORMATION", nature);
        String coordinatorEmail = coordinator.get("email").asText();
        await().atMost(WAIT).untilAsserted(() -> assertThat(sinks.inbox(coordinatorEmail))
                .anySatisfy(m -> assertThat(m.subject()).contains(majorNumber, "Status is stale")));
        List<ConsumerRecord<String, String>> stale = TopicReader.read(system.kafkaBootstrap(), "notification.events.v1", WAIT,
                read -> read.stream().anyMatch(r -> isEvent(r, majorId, "notification.status-stale")));
        JsonNode staleEvent = stale.stream().filter(r -> isEvent(r, majorId, "notification.status-stale")).map(r -> json(r.value()))
                .findFirst().orElseThrow(() -> new AssertionError("no notification.status-stale for " + majorId));
        assertThat(staleEvent.at("/data/slot").asInt()).isEqualTo(staleSlot);
        assertThat(staleEvent.at("/data/stale").asBoolean()).isTrue();
        story("4", "status update published " + publishedAt + " went out at once in slot " + carryingSlot + "; slot " + staleSlot
                + " went out unchanged and " + coordinatorEmail + " was told the status is stale");
    }

    @Test
    @Order(5)
    @DisplayName("5. resolving the major incident sends resolution notices, resolves the incident with a dispute deadline, updates the status page")
    void resolution() {
        assumeTrue(majorId != null, "step 2 did not find the major incident");
        resolutionSummary = "Intermediate certificate chain reinstalled on both payroll web nodes; probes green for 15 minutes";
        JsonNode resolved = json(as("major-incident-service", coordinator.get("username").asText(), "itocc")
                .body(Map.of("resolutionSummary", resolutionSummary))
                .when().post("/api/v1/major-incidents/" + majorId + "/resolve").then().statusCode(200).extract().asString());
        assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
        miResolvedAt = Instant.parse(resolved.path("resolvedAt").asText());

        await().atMost(WAIT).untilAsserted(() -> {
            List<Delivery> notices = deliveries().stream().filter(d -> d.kind().equals("RESOLUTION")).toList();
            assertThat(notices).extracting(Delivery::audience).containsExactlyInAnyOrderElementsOf(PLAN_AUDIENCES);
            assertThat(notices).allSatisfy(d -> assertThat(d.status()).isEqualTo("SENT"));
        });
        for (String email : seed.memberAddresses("executive-updates", "email")) {
            assertThat(sinks.inbox(email)).anySatisfy(m -> {
                assertThat(m.subject()).contains(majorNumber, "Resolved");
                assertThat(m.text()).contains(resolutionSummary);
            });
        }
        for (String phone : seed.memberAddresses("leadership-text", "phone")) {
            assertThat(sinks.posts(SMS_PATH)).anySatisfy(p -> {
                assertThat(p.body().path("to").asText()).isEqualTo(phone);
                assertThat(p.body().path("body").asText()).contains(majorNumber, "Resolved");
            });
        }
        assertThat(sinks.posts(BULLETIN_PATH)).anySatisfy(p -> assertThat(p.body().path("subject").asText()).contains("Resolved"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(incident().path("status").asText()).isEqualTo("RESOLVED"));
        JsonNode incident = incident();
        assertThat(incident.at("/resolution/resolutionType").asText()).isEqualTo("WORKAROUND");
        Instant incidentResolvedAt = Instant.parse(incident.at("/resolution/resolvedAt").asText());
        Instant disputeDeadline = Instant.parse(incident.at("/resolution/disputeDeadline").asText());
        // incident-service: resolution.dispute-window-days=3, calendar days (001 §5.9: "the customer then has 3 days").
        assertThat(disputeDeadline).isEqualTo(incidentResolvedAt.plus(Duration.ofDays(3)));
        assertThat(incident.at("/resolution/unconfirmedReason").asText()).isEqualTo("MAJOR_INCIDENT_RESOLVED");

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode status = statusJson();
            assertThat(StreamSupport.stream(status.path("activeIncidents").spliterator(), false)
                    .map(a -> a.path("majorIncidentId").asText())).doesNotContain(majorId);
            JsonNode history = find(status.path("history"), h -> h.path("majorIncidentId").asText().equals(majorId));
            assertThat(Instant.parse(history.path("resolvedAt").asText()).truncatedTo(ChronoUnit.MILLIS))
                    .isEqualTo(miResolvedAt.truncatedTo(ChronoUnit.MILLIS));
            assertThat(history.path("resolutionSummary").asText()).isEqualTo(resolutionSummary);
        });
        assertThat(statusHtml()).contains(majorNumber, resolutionSummary);
        story("5", majorNumber + " resolved " + miResolvedAt + "; notices to every audience; incident resolved (dispute until "
                + disputeDeadline + "); status page history shows it");
    }

    @Test
    @Order(6)
    @DisplayName("6. an after-action review with business-day deadlines: submitted, approved by the CIO, distributed; an action item done")
    void afterActionReview() {
        assumeTrue(miResolvedAt != null, "step 5 did not resolve the major incident");
        await().atMost(WAIT).untilAsserted(() -> assertThat(reviews().path("total").asInt()).isEqualTo(1));
        JsonNode review = reviews().at("/items/0");
        reviewId = review.path("id").asText();
        assertThat(review.path("type").asText()).isEqualTo("AAR");
        // review-service: aar.deliverables.preliminary/final.business-days = 2 and 5, in its opsdesk.calendar.* (US, ok).
        BusinessCalendar calendar = calendarOf("review-service");
        assertThat(Instant.parse(deliverable(review, "PRELIMINARY").path("dueAt").asText())).isEqualTo(calendar.deadline(miResolvedAt, 2));
        assertThat(Instant.parse(deliverable(review, "FINAL").path("dueAt").asText())).isEqualTo(calendar.deadline(miResolvedAt, 5));
        assertThat(find(review.path("sections"), s -> s.path("key").asText().equals("SUMMARY")).path("content").asText())
                .contains(resolutionSummary);

        String editor = seed.onDuty("STRATEGIC_INITIATIVES").get("username").asText();
        Map<String, String> sections = Map.of("impact", "Payroll portal unavailable to all state employees.",
                "strengths", "Bridge opened and coordinator named within minutes.",
                "weaknesses", "The certificate expiry was not monitored.",
                "areas-for-improvement", "Monitor certificate expiry on every listener.",
                "customer-summary", "The payroll portal was unavailable; it is restored.");
        sections.forEach((section, content) -> as("review-service", editor, "strategic-initiatives").body(Map.of("content", content))
                .when().put("/api/v1/reviews/" + reviewId + "/sections/" + section).then().statusCode(200));
        JsonNode submitted = json(as("review-service", editor, "strategic-initiatives")
                .when().post("/api/v1/reviews/" + reviewId + "/deliverables/PRELIMINARY/submit").then().statusCode(200).extract().asString());
        assertThat(deliverable(submitted, "PRELIMINARY").path("status").asText()).isEqualTo("SUBMITTED");
        as("review-service", editor, "strategic-initiatives")
                .when().post("/api/v1/reviews/" + reviewId + "/deliverables/PRELIMINARY/approve").then().statusCode(403);
        String cio = seed.onDuty("CIO").get("username").asText();
        JsonNode approved = json(as("review-service", cio, "cio")
                .when().post("/api/v1/reviews/" + reviewId + "/deliverables/PRELIMINARY/approve").then().statusCode(200).extract().asString());
        assertThat(deliverable(approved, "PRELIMINARY").path("status").asText()).isEqualTo("APPROVED");
        assertThat(deliverable(approved, "PRELIMINARY").path("approvedBy").asText()).isEqualTo(cio);
        JsonNode distributed = json(as("review-service", editor, "strategic-initiatives")
                .when().post("/api/v1/reviews/" + reviewId + "/deliverables/PRELIMINARY/distribute").then().statusCode(200).extract().asString());
        assertThat(deliverable(distributed, "PRELIMINARY").path("status").asText()).isEqualTo("DISTRIBUTED");
        // The preliminary report goes to notification-service's audiences (seed: audience cio = contact dana.whitfield, …).
        await().atMost(WAIT).untilAsserted(() -> assertThat(sinks.inbox("cio@opsdesk.example"))
                .anySatisfy(m -> {
                    assertThat(m.subject()).contains("[AAR]", "Preliminary report");
                    assertThat(m.text()).contains(resolutionSummary);
                }));

        // ... and is attached to the ticket(s): the incident and the major incident keep its link and version (002 §V.D.3).
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode onIncident = json(as("incident-service", "e2e.desk", "service-desk")
                    .when().get("/api/v1/incidents/" + incidentId + "/review-reports").then().statusCode(200).extract().asString());
            assertThat(onIncident.findValuesAsText("reviewId")).contains(reviewId);
            JsonNode onMajor = json(as("major-incident-service", "e2e.desk", "service-desk")
                    .when().get("/api/v1/major-incidents/" + majorId + "/review-reports").then().statusCode(200).extract().asString());
            assertThat(onMajor.get(0).path("url").asText()).endsWith("/api/v1/reviews/" + reviewId + "/report?kind=PRELIMINARY");
            assertThat(onMajor.get(0).path("version").asInt()).isEqualTo(deliverable(submitted, "PRELIMINARY").path("submittedVersion").asInt());
        });

        LocalDate due = LocalDate.ofInstant(calendar.deadline(miResolvedAt, 5), calendar.zone());
        JsonNode item = json(as("review-service", editor, "strategic-initiatives")
                .body(Map.of("title", "Monitor the certificate chain of every load balancer listener",
                        "owner", Map.of("name", "Lee Nguyen", "email", "lee.nguyen@opsdesk.example"), "dueDate", due.toString()))
                .when().post("/api/v1/reviews/" + reviewId + "/action-items").then().statusCode(201).extract().asString());
        assertThat(item.path("status").asText()).isEqualTo("OPEN");
        JsonNode done = json(as("review-service", editor, "strategic-initiatives")
                .when().post("/api/v1/reviews/" + reviewId + "/action-items/" + item.path("id").asText() + "/complete")
                .then().statusCode(200).extract().asString());
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        story("6", "AAR " + reviewId + ": PRELIMINARY due " + calendar.deadline(miResolvedAt, 2) + ", FINAL due "
                + calendar.deadline(miResolvedAt, 5) + "; approved by " + cio + ", distributed; action item done");
    }

    @Test
    @Order(7)
    @DisplayName("7. the timeline holds the story in order, the delivery log every slot × audience once, every event matches its schema")
    void timelineDeliveryLogAndEvents() {
        assumeTrue(reviewId != null, "step 6 did not get as far as the review");
        List<JsonNode> timeline = items(json(reader("major-incident-service").queryParam("size", 200)
                .when().get("/api/v1/major-incidents/" + majorId + "/timeline").then().statusCode(200).extract().asString()));
        List<String> kinds = timeline.stream().map(e -> e.path("kind").asText()).toList();
        assertThat(timeline).extracting(e -> Instant.parse(e.path("at").asText())).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(kinds).containsSubsequence("declared", "member-added", "status-update-published", "resolved");
        assertThat(kinds.get(0)).isEqualTo("declared");
        assertThat(timeline).filteredOn(e -> e.path("kind").asText().equals("state-changed"))
                .extracting(e -> e.path("description").asText())
                .anySatisfy(d -> assertThat(d).contains("ACTIVE")).anySatisfy(d -> assertThat(d).contains("RESOLVED"));

        // The delivery log: for every plan audience, slots 0..n sent once each, one resolution notice, nothing missed or failed.
        List<Delivery> log = deliveries();
        assertThat(log).noneMatch(d -> d.status().equals("MISSED") || d.status().equals("FAILED") || d.status().equals("PENDING"));
        Map<String, List<Delivery>> byAudience = log.stream().filter(d -> PLAN_AUDIENCES.contains(d.audience()))
                .collect(Collectors.groupingBy(Delivery::audience));
        assertThat(byAudience.keySet()).containsExactlyInAnyOrderElementsOf(PLAN_AUDIENCES);
        Set<Integer> allSent = new TreeSet<>();
        for (String audience : PLAN_AUDIENCES) {
            List<Delivery> rows = byAudience.get(audience);
            List<Integer> sent = rows.stream().filter(d -> d.isUpdate() && d.status().equals("SENT")).map(Delivery::slot).sorted().toList();
            assertThat(sent).as(audience + " slots sent").doesNotHaveDuplicates().startsWith(0);
            assertThat(sent.get(sent.size() - 1)).as(audience + " slots contiguous").isEqualTo(sent.size() - 1);
            assertThat(sent.size()).as(audience + ": declaration, carrying and stale slots").isGreaterThanOrEqualTo(carryingSlot + 2);
            assertThat(rows).filteredOn(d -> d.kind().equals("RESOLUTION")).singleElement()
                    .satisfies(d -> assertThat(d.status()).isEqualTo("SENT"));
            assertThat(rows).filteredOn(d -> d.status().equals("CANCELLED")).as(audience + ": only the slot pending at resolution")
                    .allSatisfy(d -> assertThat(d.slot()).isEqualTo(sent.size())).hasSizeLessThanOrEqualTo(1);
            assertThat(rows).filteredOn(d -> d.status().equals("SENT")).allSatisfy(d -> assertThat(d.late()).isFalse());
            allSent.addAll(sent);
        }
        for (String audience : PLAN_AUDIENCES) {
            Set<Integer> slots = byAudience.get(audience).stream().filter(Delivery::isUpdate).map(Delivery::slot)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(slots).as("every slot has a row for " + audience).containsAll(allSent);
        }

        // What arrived matches the log: each sent slot and notice once, per recipient.
        int executiveSent = sentCount(byAudience.get("executive-updates"));
        for (String email : seed.memberAddresses("executive-updates", "email")) {
            // the plan's communications; the same inbox also gets personal notices about this major incident (issue 13)
            List<Sinks.Mail> mails = sinks.inbox(email).stream().filter(m -> PLAN_SUBJECT.matcher(m.subject()).lookingAt()
                    && m.subject().startsWith("[" + majorNumber + "]")).toList();
            assertThat(mails).as("emails to " + email).hasSize(executiveSent);
            assertThat(mails).extracting(Sinks.Mail::subject).doesNotHaveDuplicates();
        }
        int smsSent = sentCount(byAudience.get("leadership-text"));
        for (String phone : seed.memberAddresses("leadership-text", "phone")) {
            assertThat(sinks.posts(SMS_PATH)).filteredOn(p -> p.body().path("to").asText().equals(phone)).as("SMS to " + phone)
                    .hasSize(smsSent);
        }
        assertThat(bulletinsOf(majorNumber)).as("bulletins").hasSize(sentCount(byAudience.get("customer-bulletin")));

        // Every event on the four topics matches docs/events; the story's facts are there exactly once each.
        awaitEvent("review.events.v1", reviewId, "review.action-item-completed"); // the outbox relay publishes after the commit
        Map<String, List<JsonNode>> events = new HashMap<>();
        for (String topic : TOPICS) {
            List<ConsumerRecord<String, String>> records = readAll(topic);
            records.forEach(r -> EventSchemas.assertValid(r.value()));
            events.put(topic, records.stream().map(r -> json(r.value())).toList());
        }
        assertThat(count(events, "incident.events.v1", incidentId, "incident.created")).isEqualTo(1);
        assertThat(count(events, "incident.events.v1", incidentId, "incident.resolved")).isEqualTo(1);
        assertThat(count(events, "major-incident.events.v1", majorId, "major-incident.declared")).isEqualTo(1);
        assertThat(count(events, "major-incident.events.v1", majorId, "major-incident.resolved")).isEqualTo(1);
        assertThat(count(events, "notification.events.v1", majorId, "notification.plan-created")).isEqualTo(1);
        long planSent = log.stream().filter(d -> PLAN_AUDIENCES.contains(d.audience()) && d.status().equals("SENT")).count();
        Predicate<ConsumerRecord<String, String>> planUpdateSent = r -> isEvent(r, majorId, "notification.update-sent")
                && PLAN_AUDIENCES.contains(json(r.value()).at("/data/audience").asText());
        List<ConsumerRecord<String, String>> notifications = TopicReader.read(system.kafkaBootstrap(), "notification.events.v1", WAIT,
                read -> read.stream().filter(planUpdateSent).count() >= planSent);
        assertThat(notifications.stream().filter(planUpdateSent)).as("update-sent events, one per sent slot or notice").hasSize((int) planSent);
        assertThat(count(events, "review.events.v1", reviewId, "review.opened")).isEqualTo(1);
        assertThat(count(events, "review.events.v1", reviewId, "review.distributed")).isEqualTo(1);
        assertThat(count(events, "review.events.v1", reviewId, "review.action-item-completed")).isEqualTo(1);
        story("7", timeline.size() + " timeline entries in order; " + log.size() + " deliveries, each slot × audience once; "
                + events.values().stream().mapToInt(List::size).sum() + " events valid against docs/events");
    }

    // --- the services' APIs -------------------------------------------------------------------------------------

    private RequestSpecification as(String service, String name, String... roles) {
        return given().baseUri(system.url(service)).header("Authorization", Tokens.bearer(name, null, roles)).contentType(ContentType.JSON);
    }

    private RequestSpecification reader(String service) {
        return as(service, "e2e.reader", "itocc");
    }

    private static String admin() {
        return Tokens.bearer("e2e.admin", null, new String[] {"admin"});
    }

    private JsonNode postAlert(String webhook) {
        return json(as("incident-service", "alertmanager", "monitoring").body(webhook)
                .when().post("/api/v1/alerts/alertmanager").then().statusCode(200).extract().asString());
    }

    private JsonNode incident() {
        return json(reader("incident-service").when().get("/api/v1/incidents/" + incidentId).then().statusCode(200).extract().asString());
    }

    private JsonNode majorIncidentsOf(String incident) {
        return json(reader("major-incident-service").queryParam("incidentId", incident)
                .when().get("/api/v1/major-incidents").then().statusCode(200).extract().asString());
    }

    private JsonNode majorIncident() {
        return json(reader("major-incident-service").when().get("/api/v1/major-incidents/" + majorId).then().statusCode(200).extract().asString());
    }

    private JsonNode reviews() {
        return json(reader("review-service").queryParam("majorIncidentId", majorId)
                .when().get("/api/v1/reviews").then().statusCode(200).extract().asString());
    }

    private JsonNode statusJson() {
        return json(given().baseUri(system.url("notification-service")).when().get("/status.json").then().statusCode(200).extract().asString());
    }

    private String statusHtml() {
        return given().baseUri(system.url("notification-service")).accept("text/html").when().get("/status")
                .then().statusCode(200).extract().asString();
    }

    /** One row of the delivery log (GET /api/v1/major-incidents/{id}/communications). */
    record Delivery(String audience, String channel, String kind, Integer slot, Instant dueAt, Instant sentAt, String status,
                    boolean late, boolean stale) {
        boolean isUpdate() {
            return kind.equals("UPDATE");
        }
    }

    private List<Delivery> deliveries() {
        JsonNode page = json(reader("notification-service").queryParam("size", 200)
                .when().get("/api/v1/major-incidents/" + majorId + "/communications").then().statusCode(200).extract().asString());
        assertThat(page.path("total").asInt()).as("the log fits one page").isLessThanOrEqualTo(200);
        return items(page).stream().map(d -> new Delivery(d.path("audience").asText(), d.path("channel").asText(), d.path("kind").asText(),
                d.path("slot").isNull() ? null : d.path("slot").asInt(), instant(d.path("dueAt")), instant(d.path("sentAt")),
                d.path("status").asText(), d.path("late").asBoolean(), d.path("stale").asBoolean())).toList();
    }

    private Delivery slot(String audience, int slot) {
        return deliveries().stream().filter(d -> d.audience().equals(audience) && d.isUpdate() && d.slot() == slot).findFirst()
                .orElseThrow(() -> new AssertionError("no slot " + slot + " of " + audience + " yet"));
    }

    private static int sentCount(List<Delivery> rows) {
        return (int) rows.stream().filter(d -> d.status().equals("SENT")).count();
    }

    /** The shared system may hold other major incidents (TracingTest's): this story's bulletins carry its number. */
    private List<Sinks.Post> bulletinsOf(String number) {
        return sinks.posts(BULLETIN_PATH).stream().filter(p -> p.body().path("subject").asText().startsWith("[" + number + "]")).toList();
    }

    /** The plan's updates (not the stale notices) that reached {@code email}. */
    private List<Sinks.Mail> updateMails(String email) {
        return sinks.inbox(email).stream().filter(m -> m.subject().startsWith("[" + majorNumber + "]")).toList();
    }

    /** The email of slot {@code n} to {@code email}: subject "[MI-…] Update n…" (slot 0: "Major incident declared"). */
    private Sinks.Mail mailOfSlot(String email, int n) {
        String headline = n == 0 ? "Major incident declared" : "Update " + n;
        return updateMails(email).stream().filter(m -> m.subject().contains("] " + headline + ":") || m.subject().contains("] " + headline + " ("))
                .findFirst().orElseThrow(() -> new AssertionError("no email of slot " + n + " to " + email + " in " + updateMails(email)));
    }

    private String smsOfSlot(String phone, int n) {
        return sinks.posts(SMS_PATH).stream().filter(p -> p.body().path("to").asText().equals(phone))
                .map(p -> p.body().path("body").asText()).filter(b -> b.contains(" Update " + n + ":") || b.contains(" Update " + n + " ("))
                .findFirst().orElseThrow(() -> new AssertionError("no SMS of slot " + n + " to " + phone));
    }

    private static JsonNode deliverable(JsonNode review, String kind) {
        return find(review.path("deliverables"), d -> d.path("kind").asText().equals(kind));
    }

    // --- events ---------------------------------------------------------------------------------------------------

    private List<ConsumerRecord<String, String>> readAll(String topic) {
        long end = endOffsets(topic);
        return TopicReader.read(system.kafkaBootstrap(), topic, WAIT, read -> read.size() >= end);
    }

    private void awaitEvent(String topic, String subject, String type) {
        assertThat(TopicReader.read(system.kafkaBootstrap(), topic, WAIT, read -> read.stream().anyMatch(r -> isEvent(r, subject, type))))
                .as(type + " of " + subject + " on " + topic).anyMatch(r -> isEvent(r, subject, type));
    }

    private long endOffsets(String topic) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrap());
        try (Admin admin = Admin.create(config)) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic, e);
        }
    }

    private static boolean isEvent(ConsumerRecord<String, String> record, String subject, String type) {
        return subject.equals(record.key()) && record.value().contains("\"type\":\"" + type + "\"");
    }

    private static long count(Map<String, List<JsonNode>> events, String topic, String subject, String type) {
        return events.get(topic).stream().filter(e -> e.path("subject").asText().equals(subject) && e.path("type").asText().equals(type)).count();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /**
     * The platform's business calendar built as CalendarProducer builds it, with the opsdesk.calendar.* settings the
     * packaged service runs with: its application.properties over the platform's shared defaults over CalendarConfig's
     * defaults (no closure days have been added in this story).
     */
    private static BusinessCalendar calendarOf(String service) {
        Properties config = new Properties();
        for (String file : List.of("platform/src/main/resources/META-INF/microprofile-config.properties",
                service + "/src/main/resources/application.properties")) {
            try (var in = java.nio.file.Files.newBufferedReader(ProjectFiles.resolve(file), StandardCharsets.UTF_8)) {
                config.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String subdivision = config.getProperty("opsdesk.calendar.holiday-subdivision");
        String[] region = subdivision == null || subdivision.isBlank() ? new String[0] : new String[] {subdivision.trim()};
        PublicHolidays holidays = new PublicHolidays(config.getProperty("opsdesk.calendar.holiday-country", "US").trim(), region);
        Set<DayOfWeek> weekend = java.util.Arrays.stream(config.getProperty("opsdesk.calendar.weekend", "SATURDAY,SUNDAY").split(","))
                .map(String::trim).map(DayOfWeek::valueOf).collect(Collectors.toSet());
        return new BusinessCalendar(ZoneId.of(config.getProperty("opsdesk.calendar.zone", "America/Chicago").trim()), weekend,
                LocalTime.parse(config.getProperty("opsdesk.calendar.opens-at", "08:00").trim()),
                LocalTime.parse(config.getProperty("opsdesk.calendar.closes-at", "17:00").trim()), holidays);
    }

    private static void story(String step, String what) {
        System.out.println("[whole story " + step + "] " + what);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> match) {
        return StreamSupport.stream(array.spliterator(), false).filter(match).findFirst()
                .orElseThrow(() -> new AssertionError("nothing matching in " + array));
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : Instant.parse(node.asText());
    }

    private static String resource(String name) {
        try (InputStream in = WholeStoryTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
