package org.opsdesk.notification.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.Gateway;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Mailbox;
import org.opsdesk.notification.support.TestEvents;
import org.opsdesk.platform.testing.Records;
import org.opsdesk.platform.testing.Tokens;

/**
 * Issue 13: every event of the table reaches the people the route names, through the directory, on their channels,
 * each once however often the event (or another event of the same fact) arrives; unknown people are reported.
 */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class PersonalNoticesTest extends ClockedTest {

    @Inject
    IncidentEventsConsumer incidents;
    @Inject
    MajorIncidentEventsConsumer majorIncidents;
    @Inject
    ReviewEventsConsumer reviews;
    @Inject
    org.opsdesk.notification.application.MajorIncidentAlerts alerts;

    String tag;
    Instant now;

    @BeforeEach
    void start() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private String login(String who) {
        return who + "-" + tag;
    }

    private String email(String who) {
        return login(who) + "@opsdesk.example";
    }

    /** A person of the directory; {@code high} their high-urgency channels (empty: the defaults). */
    private void person(String who, String phone, List<String> high, List<Map<String, Object>> managerOf) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Person " + who, "email", email(who), "highUrgency", high,
                "managerOf", managerOf));
        if (phone != null) {
            body.put("phone", phone);
        }
        Fixtures.contact(login(who), body);
    }

    private void team(String team, List<String> members) {
        incidents.receive(Records.batch(TestEvents.envelope("/incident-service", "incident.team-changed", team, now,
                Map.of("teamId", team, "name", "Team " + team, "tier", 2, "members", members, "action", "CREATED"))));
    }

    private Map<String, Object> incident(UUID id, String number, String team, String assignee) {
        Map<String, Object> data = TestEvents.incidentSnapshot(id, number, 3, null, "riley@example.org", now);
        data.put("assignedTeam", team);
        data.put("assignee", assignee);
        return data;
    }

    private void incidentEvent(String type, Map<String, Object> data) {
        incidents.receive(Records.batch(TestEvents.incident(type, data, now)));
    }

    private void send() {
        sender.sendDue(clock.instant());
    }

    /** The distinct idempotency keys of the gateway requests about {@code number}. */
    private static Set<String> keys(String gateway, String number, String... to) {
        return Gateway.posts(gateway, number).stream().filter(r -> java.util.Arrays.stream(to).allMatch(r.getBodyAsString()::contains))
                .map(r -> r.getHeader("Idempotency-Key")).collect(java.util.stream.Collectors.toSet());
    }

    private static ValidatableResponse notices(String param, String value) {
        return given().header("Authorization", Tokens.bearer("service-desk")).queryParam(param, value)
                .when().get("/api/v1/notices").then().statusCode(200);
    }

    @Test
    void aFunctionalEscalationReachesTheNewTeamOnEachMembersChannelsOnceAndAnUnknownMemberIsReported() {
        person("ana", "+14055551234", List.of(), List.of());
        String team = "tier2-" + tag;
        team(team, List.of(login("ana"), login("ghost")));
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("INC");
        Map<String, Object> data = incident(id, number, team, null);
        data.putAll(Map.of("at", now.toString(), "by", "sla-monitor", "reason", "needs the second tier",
                "escalationType", "FUNCTIONAL", "fromTeam", "tier1", "toTeam", team, "managementLevel", 0));
        incidentEvent("incident.escalated", data);
        incidentEvent("incident.escalated", data); // the same fact again, as another event: nobody is told twice
        send();

        assertThat(Mailbox.distinct(Mailbox.withSubject("[" + number + "] Escalated to your team " + team))).extracting(Mailbox::to)
                .containsExactlyInAnyOrder(Set.of(email("ana")), Set.of("servicedesk@opsdesk.example"));
        // one message per channel: a retry after a slow first attempt carries the same idempotency key
        assertThat(keys(Gateway.SMS, number)).hasSize(1);
        assertThat(keys(Gateway.VOICE, number)).hasSize(1);
        MimeMessage report = Mailbox.single("(undelivered: " + login("ghost") + ")");
        assertThat(Mailbox.subject(report)).startsWith("[" + number + "] Escalated to your team " + team);
        assertThat(Mailbox.text(report)).contains("is not in the person directory");

        notices("subjectId", id.toString()).body("total", equalTo(2))
                .body("items.recipient", containsInAnyOrder(login("ana"), login("ghost")))
                .body("items.find { it.recipient == '" + login("ana") + "' }.deliveries.channel", containsInAnyOrder("SMS", "VOICE", "EMAIL"))
                .body("items.find { it.recipient == '" + login("ana") + "' }.deliveries.find { it.channel == 'EMAIL' }.status", equalTo("SENT"))
                .body("items.find { it.recipient == '" + login("ghost") + "' }.known", equalTo(false))
                .body("items[0].type", equalTo("incident.escalated-functional"))
                .body("items[0].reference", equalTo(number));
    }

    @Test
    void anSlaBreachReachesTheTeamsFirstManagerAndTheAssigneeAndAHierarchicalEscalationTheManagersOfItsLevel() {
        String team = "apps-" + tag;
        person("boss", null, List.of("EMAIL"), List.of(Map.of("team", team, "level", 1)));
        person("chief", null, List.of("EMAIL"), List.of(Map.of("team", team, "level", 2)));
        person("tess", null, List.of(), List.of());
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("INC");
        Map<String, Object> data = incident(id, number, team, login("tess"));
        data.putAll(Map.of("target", "RESOLUTION", "dueAt", now.toString(), "at", now.toString()));
        incidentEvent("incident.sla-breached", data);
        send();
        assertThat(Mailbox.distinct(Mailbox.withSubject("[" + number + "] SLA breached: the resolution target was missed")))
                .extracting(Mailbox::to).containsExactlyInAnyOrder(Set.of(email("boss")), Set.of(email("tess")));

        Map<String, Object> escalated = incident(id, number, team, login("tess"));
        escalated.putAll(Map.of("at", now.plusSeconds(60).toString(), "by", "sla-monitor", "reason", "resolution target missed",
                "escalationType", "HIERARCHICAL", "fromTeam", team, "toTeam", team, "managementLevel", 2,
                "manager", Map.of("name", "Person chief", "email", email("chief"))));
        incidentEvent("incident.escalated", escalated);
        send();
        assertThat(Mailbox.distinct(Mailbox.withSubject("[" + number + "] Escalated to management (level 2)")))
                .extracting(Mailbox::to).containsExactlyInAnyOrder(Set.of(email("chief")), Set.of(email("tess")));
        notices("type", "incident.escalated-hierarchical").body("items.recipient", hasItem(login("chief")));
    }

    @Test
    void anSlaWarningWithoutAssigneeReachesTheTeamAndADuplicateTheOwner() {
        String team = "desk-" + tag;
        person("una", null, List.of(), List.of());
        person("owen", null, List.of(), List.of());
        team(team, List.of(login("una")));
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("INC");
        Map<String, Object> warning = incident(id, number, team, null);
        warning.putAll(Map.of("target", "RESPONSE", "dueAt", now.plusSeconds(600).toString(), "at", now.toString()));
        incidentEvent("incident.sla-warning", warning);
        Map<String, Object> duplicate = incident(id, number, team, login("owen"));
        duplicate.putAll(Map.of("duplicateIncidentId", UUID.randomUUID().toString(), "duplicateNumber", "INC-9" + tag.hashCode(),
                "duplicateReporter", Map.of("name", "Lee Caller", "email", "lee@example.org"), "at", now.toString(), "by", "sam"));
        incidentEvent("incident.duplicate-reported", duplicate);
        send();
        assertThat(Mailbox.to(Mailbox.single("[" + number + "] SLA warning: the response target is near"))).containsExactly(email("una"));
        MimeMessage dup = Mailbox.single("[" + number + "] Reported again as INC-9");
        assertThat(Mailbox.to(dup)).containsExactly(email("owen"));
        assertThat(Mailbox.text(dup)).contains("Lee Caller reported the same problem");
    }

    @Test
    void majorIncidentEventsReachTheDutyManagerTheChainTheCioAndTheMembersWithTheDialIn() {
        person("duty", null, List.of("EMAIL"), List.of());
        person("chain", null, List.of("EMAIL"), List.of());
        person("cio", "+14055557777", List.of(), List.of());
        person("member", null, List.of("EMAIL"), List.of());
        Fixtures.audience("coordinator-chain", Map.of("name", "Coordinator chain", "communicator", "ITOCC", "channel", "EMAIL",
                "members", List.of(login("chain")), "position", 21));
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("MI");
        Map<String, Object> mi = TestEvents.majorIncidentSnapshot(id, number, "Payroll down " + tag, now);
        mi.put("dutyManager", Map.of("name", "Person duty", "email", email("duty").toUpperCase()));
        mi.put("coordinator", null);
        mi.put("coordinatorGap", true);
        mi.put("reason", "nobody on duty along ITOCC_MANAGER → SERVICE_QUALITY");
        majorIncidents.receive(Records.batch(TestEvents.majorIncident("major-incident.coordinator-gap", mi, now)));
        Map<String, Object> risk = new LinkedHashMap<>(mi);
        risk.putAll(Map.of("assessment", "Data center power loss", "reportedBy", "carl.cto",
                "cio", Map.of("name", "Person cio", "email", email("cio"))));
        majorIncidents.receive(Records.batch(TestEvents.majorIncident("major-incident.disaster-risk-reported", risk, now.plusSeconds(1))));
        Map<String, Object> joined = new LinkedHashMap<>(mi);
        joined.put("member", Map.of("name", "Person member", "email", email("member"), "role", "RESPONDER"));
        majorIncidents.receive(Records.batch(TestEvents.majorIncident("major-incident.member-added", joined, now.plusSeconds(2))));
        person("lead", null, List.of("EMAIL"), List.of());
        Map<String, Object> bridge = new LinkedHashMap<>(mi);
        bridge.put("coordinator", Map.of("name", "Person lead", "email", email("lead")));
        bridge.put("members", List.of(Map.of("name", "Person member", "email", email("member"), "team", "network", "role", "RESPONDER")));
        majorIncidents.receive(Records.batch(TestEvents.majorIncident("major-incident.bridge-opened", bridge, now.plusSeconds(3))));
        send();

        assertThat(Mailbox.distinct(Mailbox.withSubject("[" + number + "] No coordinator on duty"))).extracting(Mailbox::to)
                .containsExactlyInAnyOrder(Set.of(email("duty")), Set.of(email("chain")));
        assertThat(Mailbox.to(Mailbox.single("[" + number + "] Disaster risk"))).containsExactly(email("cio"));
        // the CIO's phone only: the major incident's plan also texts the leadership audience
        assertThat(keys(Gateway.SMS, number, "+14055557777")).hasSize(1);
        assertThat(keys(Gateway.VOICE, number, "+14055557777")).hasSize(1);
        MimeMessage welcome = Mailbox.single("[" + number + "] You joined the major incident team");
        assertThat(Mailbox.to(welcome)).containsExactly(email("member"));
        assertThat(Mailbox.text(welcome)).contains("405-522-4900").contains("77814269");
        // the bridge: the coordinator and every member of the team, with the dial-in
        assertThat(Mailbox.withSubject("[" + number + "] Bridge open").stream().flatMap(m -> Mailbox.to(m).stream()))
                .containsExactlyInAnyOrder(email("lead"), email("member"));
        assertThat(Mailbox.text(Mailbox.withSubject("[" + number + "] Bridge open").get(0))).contains("405-522-4900");
    }

    @Test
    void aProposalReachesTheDutyManagerAndTheDeclaringAuthoritiesOnDutyUnderTheProposalsNumber() {
        person("dm", null, List.of("EMAIL"), List.of());
        person("cto", null, List.of("EMAIL"), List.of());
        person("tbc", null, List.of("EMAIL"), List.of());
        person("itocc", null, List.of("EMAIL"), List.of());
        // on duty now as a designee of the CTO; the TBC Director's designee only from tomorrow; an ITOCC manager is no authority
        shift("CTO_DESIGNEE", "cto", now.minus(java.time.Duration.ofMinutes(1)), now.plus(java.time.Duration.ofMinutes(20)));
        shift("TBC_DIRECTOR_DESIGNEE", "tbc", now.plus(java.time.Duration.ofDays(1)), now.plus(java.time.Duration.ofDays(2)));
        shift("ITOCC_MANAGER", "itocc", now.minus(java.time.Duration.ofMinutes(1)), now.plus(java.time.Duration.ofMinutes(20)));
        UUID proposal = UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.putAll(Map.of("proposalId", proposal.toString(), "status", "PENDING", "origin", "REPORTED", "title", "Email slow " + tag,
                "reason", "Several agencies report delayed mail", "impactSummary", "Mail delayed by 30 minutes",
                "reporter", Map.of("name", "pat", "email", "pat-" + tag + "@example.org"),
                "dutyManager", Map.of("name", "Person dm", "email", email("dm"))));
        majorIncidents.receive(Records.batch(TestEvents.envelope("/major-incident-service", "major-incident.proposal-created",
                proposal.toString(), now, data)));
        send();
        String reference = "PROPOSAL-" + proposal.toString().substring(0, 8).toUpperCase();
        // (the test database keeps the shifts of earlier runs: other authorities on duty now may be told too)
        List<MimeMessage> mails = Mailbox.withSubject("[" + reference + "] Potential major incident waiting for a decision: Email slow " + tag);
        assertThat(mails.stream().flatMap(m -> Mailbox.to(m).stream())).contains(email("dm"), email("cto"))
                .doesNotContain(email("tbc"), email("itocc"));

        // reminded every 15 minutes until an authority decides
        clock.set(now.plus(java.time.Duration.ofMinutes(15)));
        alerts.remindProposals(clock.instant());
        alerts.remindProposals(clock.instant());
        send();
        assertThat(Mailbox.withSubject("[" + reference + "] Reminder 1: Potential major incident").stream()
                .flatMap(m -> Mailbox.to(m).stream())).contains(email("dm"), email("cto")).doesNotContain(email("tbc"), email("itocc"));
        data.put("status", "REJECTED");
        majorIncidents.receive(Records.batch(TestEvents.envelope("/major-incident-service", "major-incident.proposal-rejected",
                proposal.toString(), clock.instant(), data)));
        clock.set(now.plus(java.time.Duration.ofMinutes(45)));
        alerts.remindProposals(clock.instant());
        send();
        assertThat(Mailbox.withSubject("[" + reference + "] Reminder 2")).isEmpty();
    }

    private void shift(String dutyRole, String who, Instant startsAt, Instant endsAt) {
        majorIncidents.receive(Records.batch(TestEvents.dutyShift("major-incident.duty-shift-saved", UUID.randomUUID(), dutyRole,
                "Person " + who, login(who), null, startsAt, endsAt)));
    }

    @Test
    void reviewEventsReachTheOwnerTheCioStrategicInitiativesAndTheActionItemsAssignee() {
        person("owner", null, List.of(), List.of());
        person("cio2", null, List.of(), List.of());
        person("si", null, List.of(), List.of());
        person("doer", null, List.of(), List.of());
        Fixtures.audience("cio", Map.of("name", "CIO", "communicator", "Strategic Initiatives team", "channel", "EMAIL",
                "members", List.of(login("cio2")), "position", 10));
        Fixtures.audience("strategic-initiatives", Map.of("name", "Strategic Initiatives", "communicator", "Strategic Initiatives team",
                "channel", "EMAIL", "members", List.of(login("si")), "position", 13));
        UUID review = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("MI");
        Map<String, Object> deadline = new LinkedHashMap<>(Map.of("reviewId", review.toString(), "type", "AAR",
                "title", number + " Payroll down — After Action Review", "kind", "PRELIMINARY", "dueAt", now.plusSeconds(3600).toString(),
                "owner", Map.of("name", "Person owner", "email", email("owner")), "escalateTo", List.of()));
        reviewEvent("review.deadline-approaching", review, deadline);
        reviewEvent("review.submitted", review, Map.of("reviewId", review.toString(), "type", "AAR", "kind", "PRELIMINARY",
                "version", 4, "by", login("owner")));
        reviewEvent("review.rejected", review, Map.of("reviewId", review.toString(), "type", "AAR", "kind", "PRELIMINARY",
                "version", 4, "by", "cio", "reason", "Quantify the impact."));
        reviewEvent("review.deadline-missed", review, deadline);
        reviewEvent("review.action-item-overdue", review, Map.of("reviewId", review.toString(), "type", "AAR",
                "actionItem", Map.of("id", UUID.randomUUID().toString(), "title", "Add a replica", "dueAt", now.toString(),
                        "owner", Map.of("name", "Person doer", "email", email("doer")))));
        send();

        String prefix = "[AAR " + number + "] ";
        assertThat(Mailbox.to(Mailbox.single(prefix + "Deadline approaching"))).containsExactly(email("owner"));
        assertThat(Mailbox.to(Mailbox.single(prefix + "Approval pending"))).containsExactly(email("cio2"));
        assertThat(Mailbox.to(Mailbox.single(prefix + "Rejected"))).containsExactly(email("owner"));
        assertThat(Mailbox.distinct(Mailbox.withSubject(prefix + "Deadline missed"))).extracting(Mailbox::to)
                .containsExactlyInAnyOrder(Set.of(email("owner")), Set.of(email("si")));
        assertThat(Mailbox.distinct(Mailbox.withSubject(prefix + "Action item overdue"))).extracting(Mailbox::to)
                .containsExactlyInAnyOrder(Set.of(email("doer")), Set.of(email("owner")));
        notices("recipient", login("owner")).body("total", equalTo(4));
    }

    private void reviewEvent(String type, UUID review, Map<String, Object> data) {
        reviews.receive(Records.batch(TestEvents.envelope("/review-service", type, review.toString(), now, data)));
    }

    @Test
    void anUnacknowledgedCaseRemindsTheQueueThenTheManagerAndTwoReplicasTellEachPersonOnce() throws Exception {
        String team = "queue-" + tag;
        person("qm", null, List.of("EMAIL"), List.of());
        person("mgr", null, List.of("EMAIL"), List.of(Map.of("team", team, "level", 1)));
        team(team, List.of(login("qm")));
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("INC");
        Map<String, Object> queue = incident(id, number, team, null);
        queue.putAll(Map.of("level", "QUEUE", "reminder", 1, "dueAt", now.toString(), "at", now.toString()));
        incidentEvent("incident.assigned", incident(id, number, team, null)); // the incident is known here already
        // two replicas receive two events of the same fact at once (a republished outbox row has a new id)
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> both = List.of(
                    pool.submit(() -> incidentEvent("incident.acknowledgement-overdue", queue)),
                    pool.submit(() -> incidentEvent("incident.acknowledgement-overdue", queue)));
            for (java.util.concurrent.Future<?> f : both) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Object> manager = new LinkedHashMap<>(queue);
        manager.putAll(Map.of("level", "MANAGER", "reminder", 2, "at", now.plusSeconds(600).toString()));
        incidentEvent("incident.acknowledgement-overdue", manager);
        send();
        assertThat(Mailbox.to(Mailbox.single("[" + number + "] Not acknowledged (reminder 1)"))).containsExactly(email("qm"));
        assertThat(Mailbox.to(Mailbox.single("[" + number + "] Not acknowledged (reminder 2)"))).containsExactly(email("mgr"));
        notices("subjectId", id.toString()).body("total", equalTo(2));
    }

    @Test
    void aFactNobodyCanBeToldIsReportedToTheServiceDesk() {
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("INC");
        Map<String, Object> data = incident(id, number, "no-such-team-" + tag, null);
        data.putAll(Map.of("target", "RESPONSE", "dueAt", now.toString(), "at", now.toString()));
        incidentEvent("incident.sla-warning", data);
        send();
        MimeMessage report = Mailbox.single("[" + number + "] SLA warning");
        assertThat(Mailbox.to(report)).containsExactly("servicedesk@opsdesk.example");
        assertThat(Mailbox.text(report)).contains("Nobody to tell");
        notices("subjectId", id.toString()).body("items[0].recipient", equalTo("nobody")).body("items[0].known", equalTo(false));
    }

    @Test
    void theDirectoryKeepsNotificationRulesAndRefusesWhatCannotBeHonoured() {
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("name", "No phone", "email", "np@example.org", "highUrgency", List.of("SMS")))
                .when().put("/api/v1/contacts/np-" + tag).then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", hasItem("phone"));
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json")
                .body(Map.of("name", "Bad", "email", "b@example.org", "lowUrgency", List.of("BULK")))
                .when().put("/api/v1/contacts/bad-" + tag).then().statusCode(400);
        given().header("Authorization", Tokens.bearer("admin")).when().get("/api/v1/contacts/np-" + tag).then().statusCode(404);
        person("rules", "+14055550000", List.of("VOICE", "EMAIL"), List.of(Map.of("team", "t-" + tag, "level", 1)));
        given().header("Authorization", Tokens.bearer("admin")).when().get("/api/v1/contacts/" + login("rules")).then().statusCode(200)
                .body("highUrgency", org.hamcrest.Matchers.contains("VOICE", "EMAIL")).body("lowUrgency.size()", equalTo(0))
                .body("managerOf[0].team", equalTo("t-" + tag)).body("managerOf[0].level", equalTo(1));
        given().header("Authorization", Tokens.bearer("service-desk")).queryParam("subjectId", "not-a-uuid")
                .when().get("/api/v1/notices").then().statusCode(400);
        given().header("Authorization", Tokens.bearer("customer")).when().get("/api/v1/notices").then().statusCode(403);
    }
}
