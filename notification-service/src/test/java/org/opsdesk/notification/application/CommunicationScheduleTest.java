package org.opsdesk.notification.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.Gateway;
import org.opsdesk.notification.support.HoldAfterSend;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Mailbox;
import org.opsdesk.notification.support.Scenario;
import org.opsdesk.notification.support.TestEvents;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.TopicReader;
import org.opsdesk.platform.testing.Records;

/** CO-1 and CO-4: the durable schedule per audience and channel, from declaration to resolution, nothing twice. */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class CommunicationScheduleTest extends ClockedTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    MajorIncidentEventsConsumer consumer;
    @Inject
    DeliveryLogRetention retention;
    @Inject
    NotificationConfig config;
    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;
    @ConfigProperty(name = "mp.messaging.incoming.major-incident-events.topic")
    String majorIncidentTopic;
    @ConfigProperty(name = "opsdesk.notification.delivery.claim-timeout")
    Duration claimTimeout;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void defaults() {
        Fixtures.defaultPlan();
    }


    @Test
    void updatesGoOutAtDeclarationAndEachCadencePerAudienceThenOneResolutionNoticeThenNothing() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("MI");
        Map<String, Object> snapshot = TestEvents.majorIncidentSnapshot(id, number, "Payroll portal down", t0);
        consumer.receive(Records.batch(TestEvents.majorIncident("major-incident.declared", snapshot, t0)));

        sender.sendDue(t0);

        MimeMessage first = Mailbox.single("[" + number + "] Major incident declared: Payroll portal down");
        assertThat(Mailbox.to(first)).containsExactlyInAnyOrderElementsOf(Fixtures.EXECUTIVE_EMAILS);
        assertThat(Mailbox.text(first)).contains("Next update: ").contains("Payroll portal down").contains("405-522-4900");
        assertThat(Mailbox.html(first)).contains("<th scope=\"row\"").contains("Next update");
        String firstDelivery = given().header("Authorization", Tokens.bearer("itocc"))
                .when().get("/api/v1/major-incidents/" + id + "/communications").then().statusCode(200).extract()
                .path("items.find { it.audience == 'executive-updates' && it.slot == 0 }.id");
        assertThat(first.getMessageID()).as("the delivery's own Message-ID, the same on a retry").isEqualTo("<" + firstDelivery + "@opsdesk>");
        List<LoggedRequest> texts = Gateway.posts(Gateway.SMS, number);
        assertThat(texts).extracting(r -> r.getHeader("Idempotency-Key")).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(texts).extracting(r -> JsonPath.from(r.getBodyAsString()).getString("to"))
                .containsExactlyInAnyOrderElementsOf(Fixtures.LEADERSHIP_PHONES);
        assertThat(texts).allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer dev-token");
            assertThat(JsonPath.from(r.getBodyAsString()).getString("body")).contains("Next update:").hasSizeLessThanOrEqualTo(306);
        });
        List<LoggedRequest> bulletins = Gateway.posts(Gateway.BULLETIN, number);
        assertThat(bulletins).hasSize(1);
        assertThat(bulletins.get(0).getHeader("X-AUTH-TOKEN")).isEqualTo("dev-token");
        assertThat(JsonPath.from(bulletins.get(0).getBodyAsString()).getList("topics.code")).containsExactlyElementsOf(Fixtures.BULLETIN_TOPICS);
        assertThat(JsonPath.from(bulletins.get(0).getBodyAsString()).getString("body")).doesNotContain("77814269");
        log(id).body("items.findAll { it.slot == 0 }.status", everyItem(equalTo("SENT")))
                .body("items.findAll { it.slot == 0 }", hasSize(4))
                .body("items.findAll { it.slot == 1 }.status", everyItem(equalTo("PENDING")))
                .body("items.findAll { it.slot == 1 }.dueAt", everyItem(equalTo(t0.plusSeconds(30).toString())));

        clock.set(t0.plusSeconds(29));
        sender.sendDue(clock.instant());
        assertThat(Mailbox.withSubject("[" + number + "] Update 1")).isEmpty();

        clock.set(t0.plusSeconds(30));
        sender.sendDue(clock.instant());
        MimeMessage stale = Mailbox.single("[" + number + "] Update 1 (no new information): Payroll portal down");
        assertThat(Mailbox.text(stale)).contains("NO NEW INFORMATION since the declaration");
        MimeMessage staleNotice = Mailbox.single("[" + number + "] Status is stale");
        assertThat(Mailbox.to(staleNotice)).containsExactly("coordinator-" + number.toLowerCase() + "@opsdesk.example");
        assertThat(Gateway.posts(Gateway.SMS, number + " Update 1 (no new info)")).hasSize(3);

        // Issue 13: publishing a status update sends it now to every audience (not at the slot of t0+60), and each
        // audience's cadence restarts from that send: the next slot, the next update it promises, is t0+70.
        Instant published = t0.plusSeconds(40);
        clock.set(published);
        snapshot.put("status", "ACTIVE");
        snapshot.put("latestStatus", TestEvents.statusItems("Database cluster lost its primary node",
                "Payroll cannot be submitted by agencies", t0.plusSeconds(3600), t0.plusSeconds(70), published));
        String statusUpdate = TestEvents.majorIncident("major-incident.status-update-published", snapshot, published);
        consumer.receive(Records.batch(statusUpdate));
        log(id).body("items.findAll { it.slot == 2 }.dueAt", everyItem(equalTo(published.toString())));
        sender.sendDue(clock.instant());
        consumer.receive(Records.batch(statusUpdate));
        consumer.receive(Records.batch(TestEvents.majorIncident("major-incident.status-update-published", snapshot, published)));
        sender.sendDue(clock.instant());
        log(id).body("items.findAll { it.slot == 2 }.status", everyItem(equalTo("SENT")))
                .body("items.findAll { it.slot == 2 }", hasSize(4))
                .body("items.findAll { it.slot == 3 }.status", everyItem(equalTo("PENDING")))
                .body("items.findAll { it.slot == 3 }.dueAt", everyItem(equalTo(t0.plusSeconds(70).toString())));
        assertThat(Gateway.posts(Gateway.SMS, number + " Update 2")).hasSize(3);
        assertThat(Gateway.posts(Gateway.BULLETIN, number)).hasSize(3);
        MimeMessage fresh = Mailbox.single("[" + number + "] Update 2: Payroll portal down");
        assertThat(Mailbox.text(fresh)).contains("Nature of the incident: Database cluster lost its primary node")
                .contains("Projected impact: Payroll cannot be submitted by agencies")
                .contains("Remediation metric: Portal answers 99% of logins").contains("Remediation steps: Fail over")
                .contains("Estimated remediation: ").contains("Next update: ").doesNotContain("NO NEW INFORMATION");
        assertThat(Mailbox.withSubject("[" + number + "] Status is stale")).hasSize(1);

        Instant resolvedAt = t0.plusSeconds(70);
        clock.set(resolvedAt);
        snapshot.put("status", "RESOLVED");
        snapshot.put("resolvedAt", resolvedAt.toString());
        snapshot.put("resolutionSummary", "Database failed over; portal healthy for 30 minutes");
        consumer.receive(Records.batch(TestEvents.majorIncident("major-incident.resolved", snapshot, resolvedAt)));
        sender.sendDue(clock.instant());
        MimeMessage resolved = Mailbox.single("[" + number + "] Resolved: Payroll portal down");
        assertThat(Mailbox.text(resolved)).contains("RESOLVED").contains("Database failed over");
        assertThat(Gateway.posts(Gateway.SMS, number + " Resolved")).hasSize(3);
        assertThat(Gateway.posts(Gateway.BULLETIN, number)).hasSize(4);

        int emails = Mailbox.withSubject("[" + number + "]").size();
        int requests = Gateway.posts(Gateway.SMS, number).size() + Gateway.posts(Gateway.BULLETIN, number).size();
        clock.set(t0.plus(Duration.ofHours(3)));
        sender.sendDue(clock.instant());
        assertThat(Mailbox.withSubject("[" + number + "]")).hasSize(emails);
        assertThat(Gateway.posts(Gateway.SMS, number).size() + Gateway.posts(Gateway.BULLETIN, number).size()).isEqualTo(requests);
        log(id).body("items.findAll { it.status == 'PENDING' }", hasSize(0))
                .body("items.findAll { it.kind == 'RESOLUTION' }.status", everyItem(equalTo("SENT")))
                .body("items.findAll { it.kind == 'RESOLUTION' }", hasSize(4));

        var events = TopicReader.read(topic, Duration.ofSeconds(20), read -> read.stream()
                .filter(r -> r.key().equals(id.toString()) && r.value().contains("notification.status-stale")).count() == 1
                && read.stream().filter(r -> r.key().equals(id.toString()) && r.value().contains("notification.update-sent")).count() >= 16)
                .stream().filter(r -> r.key().equals(id.toString())).toList();
        assertThat(events).anyMatch(r -> r.value().contains("\"notification.plan-created\""));
        assertThat(events).filteredOn(r -> r.value().contains("\"notification.status-stale\"")).hasSize(1);
        events.forEach(r -> EventSchemas.assertValid(r.value()));
    }

    @Test
    void aRedeliveredOrRepublishedDeclarationMakesOnePlanAndSendsEachSlotOnce() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("MI");
        Map<String, Object> snapshot = TestEvents.majorIncidentSnapshot(id, number, "Email outage", t0);
        String declared = TestEvents.majorIncident("major-incident.declared", snapshot, t0);
        consumer.receive(Records.batch(declared));
        consumer.receive(Records.batch(declared));
        consumer.receive(Records.batch(TestEvents.majorIncident("major-incident.declared", snapshot, t0)));

        sender.sendDue(t0);
        sender.sendDue(t0);

        assertThat(Mailbox.distinct(Mailbox.withSubject("[" + number + "]"))).hasSize(1);
        assertThat(Gateway.posts(Gateway.SMS, number)).hasSize(3);
        log(id).body("total", equalTo(8));
    }

    @Test
    void twoSendersRunningSideBySideNeverSendOneSlotTwice() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        List<String> numbers = List.of(TestEvents.uniqueNumber("MI"), TestEvents.uniqueNumber("MI"), TestEvents.uniqueNumber("MI"));
        for (String number : numbers) {
            consumer.receive(Records.batch(TestEvents.majorIncident("major-incident.declared",
                    TestEvents.majorIncidentSnapshot(UUID.randomUUID(), number, "Network outage", t0), t0)));
        }

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> sender.sendDue(t0);
            List<Integer> handled = replicas.invokeAll(List.of(run, run)).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(handled.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(12);
        } finally {
            replicas.shutdown();
        }

        for (String number : numbers) {
            assertThat(Mailbox.distinct(Mailbox.withSubject("[" + number + "]"))).hasSize(1);
            assertThat(Gateway.posts(Gateway.SMS, number)).hasSize(3);
            assertThat(Gateway.posts(Gateway.BULLETIN, number)).hasSize(1);
        }
    }

    @Test
    void oneRunSendsEverythingDueBeyondOneBatchEachOnce() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        List<String> numbers = IntStream.range(0, 5).mapToObj(i -> TestEvents.uniqueNumber("MI")).toList();
        for (String number : numbers) {
            consumer.receive(Records.batch(TestEvents.majorIncident("major-incident.declared",
                    TestEvents.majorIncidentSnapshot(UUID.randomUUID(), number, "Storage outage", t0), t0)));
        }

        // Five updates due per channel and claims of two (test configuration): one run takes several batches.
        assertThat(sender.sendDue(t0)).isGreaterThanOrEqualTo(20);

        for (String number : numbers) {
            assertThat(Mailbox.distinct(Mailbox.withSubject("[" + number + "]"))).hasSize(1);
            assertThat(Gateway.posts(Gateway.SMS, number)).hasSize(3);
            assertThat(Gateway.posts(Gateway.BULLETIN, number)).hasSize(1);
        }
        assertThat(sender.sendDue(t0)).isZero();
    }

    @Test
    void afterARestartALateSlotGoesOutAtOnceAndSlotsItCoveredAreRecordedMissed() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        UUID id = UUID.randomUUID();
        String number = TestEvents.uniqueNumber("MI");
        consumer.receive(Records.batch(TestEvents.majorIncident("major-incident.declared",
                TestEvents.majorIncidentSnapshot(id, number, "Telephony down", t0), t0)));
        sender.sendDue(t0);

        // Nothing runs for 100 s (three cadences): the schedule is only rows in the database.
        clock.set(t0.plusSeconds(100));
        sender.sendDue(clock.instant());

        assertThat(Mailbox.withSubject("[" + number + "] Update 1")).isNotEmpty();
        assertThat(Mailbox.withSubject("[" + number + "] Update 2")).isEmpty();
        assertThat(Mailbox.to(Mailbox.single("[" + number + "] Communication overdue: updates were missed")))
                .containsExactly("coordinator-" + number.toLowerCase() + "@opsdesk.example");
        String executive = "items.findAll { it.audience == 'executive-updates' }";
        log(id).body(executive + ".find { it.slot == 1 }.status", equalTo("SENT"))
                .body(executive + ".find { it.slot == 1 }.late", equalTo(true))
                .body(executive + ".find { it.slot == 2 }.status", equalTo("MISSED"))
                .body(executive + ".find { it.slot == 3 }.status", equalTo("MISSED"))
                .body(executive + ".find { it.slot == 4 }.status", equalTo("PENDING"))
                .body(executive + ".find { it.slot == 4 }.dueAt", equalTo(t0.plusSeconds(120).toString()));
        var overdue = TopicReader.read(topic, Duration.ofSeconds(20), read -> read.stream()
                .filter(r -> r.key().equals(id.toString()) && r.value().contains("notification.communication-overdue")).count() >= 8);
        assertThat(overdue).filteredOn(r -> r.key().equals(id.toString()) && r.value().contains("communication-overdue"))
                .hasSize(8).allSatisfy(r -> EventSchemas.assertValid(r.value()));
    }

    @Test
    void aDeclarationArrivingOnTheTopicCreatesThePlanAndAnnouncesIt() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TopicReader.send(majorIncidentTopic, id.toString(), TestEvents.majorIncident("major-incident.declared",
                TestEvents.majorIncidentSnapshot(id, TestEvents.uniqueNumber("MI"), "VPN down", now), now));

        var created = TopicReader.read(topic, Duration.ofSeconds(30), read -> read.stream()
                .anyMatch(r -> r.key().equals(id.toString()) && r.value().contains("notification.plan-created")));
        String event = created.stream().filter(r -> r.key().equals(id.toString())).findFirst().orElseThrow().value();
        EventSchemas.assertValid(event);
        assertThat(JsonPath.from(event).getList("data.audiences.audience"))
                .containsExactly("executive-updates", "leadership-text", "customer-bulletin", "status-page");
        given().header("Authorization", Tokens.bearer("itocc")).when().get("/api/v1/major-incidents/" + id + "/communication-plan")
                .then().statusCode(200).body("audiences.cadence", everyItem(equalTo("PT30S")));
    }


    @Test
    void aSlotWhoseSenderDiedAfterTheServerTookItIsSentAgainWithItsMessageIdNotCancelledByTheResolution() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Mail relay down", t0);
        sender.sendDue(t0);

        // Issue 19: slot 1's email is accepted by the SMTP server; its sender (a replica killed -9) dies before its
        // commit, while the resolution cancels the plan's pending updates.
        clock.set(t0.plusSeconds(30));
        HoldAfterSend.Hold hold = HoldAfterSend.next(out -> out.channel() == Channel.EMAIL
                && out.message().subject().startsWith("[" + mi.number + "] Update 1"));
        UUID slot1;
        try {
            CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(() -> sender.sendDue(clock.instant()));
            slot1 = hold.awaitHeld().deliveryId();
            await().atMost(WAIT).untilAsserted(() -> mi.communications().body("items.findAll { it.slot == 1 && it.status == 'SENT' }", hasSize(3)));
            CompletableFuture<Void> resolving = CompletableFuture.runAsync(() -> mi.resolve("Relay replaced", t0.plusSeconds(31)));
            killTheHeldSender(resolving);
            hold.release();
            sending.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            resolving.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            hold.release();
        }
        String executives = "items.findAll { it.audience == 'executive-updates' }";
        mi.communications().body(executives + ".find { it.slot == 1 }.status", equalTo("PENDING"));

        // The dead sender's claim runs out; the next claim sends the slot again, with its Message-ID, and records it.
        clock.set(t0.plusSeconds(30).plus(claimTimeout).plusSeconds(1));
        sender.sendDue(clock.instant());

        mi.communications().body(executives + ".find { it.slot == 1 }.status", equalTo("SENT"))
                .body(executives + ".find { it.kind == 'RESOLUTION' }.status", equalTo("SENT"));
        List<MimeMessage> update1 = Mailbox.withSubject("[" + mi.number + "] Update 1");
        assertThat(update1).hasSize(2 * Fixtures.EXECUTIVE_EMAILS.size())
                .allSatisfy(copy -> assertThat(copy.getMessageID()).isEqualTo("<" + slot1 + "@opsdesk>"));
        // Every message the mail server holds is a delivery recorded SENT, and every email delivery SENT is there.
        List<String> sentEmails = mi.communications().extract().path("items.findAll { it.channel == 'EMAIL' && it.status == 'SENT' }.id");
        assertThat(Mailbox.withSubject("[" + mi.number + "]").stream().map(CommunicationScheduleTest::messageId).distinct())
                .containsExactlyInAnyOrderElementsOf(sentEmails.stream().map(id -> "<" + id + "@opsdesk>").toList());
    }

    /**
     * What PostgreSQL sees of a process killed -9: its connections close and their transactions roll back. Once the
     * resolution is done or waits for a lock, the held sender is the one transaction idle with a lock or a write.
     */
    private void killTheHeldSender(CompletableFuture<Void> resolving) throws SQLException {
        String sender = "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                + " and state = 'idle in transaction' and backend_xid is not null";
        try (Connection db = dataSource.getConnection()) {
            await().atMost(WAIT).until(() -> resolving.isDone() || exists(db, "select 1 from pg_stat_activity"
                    + " where datname = current_database() and wait_event_type = 'Lock'"));
            assertThat(exists(db, sender)).as("the held sender's transaction").isTrue();
            db.createStatement().execute("select pg_terminate_backend(pid) from (" + sender + ") as held");
        }
    }

    private static boolean exists(Connection db, String query) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(query)) {
            return rows.next();
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse log(UUID id) {
        return given().header("Authorization", Tokens.bearer("itocc")).queryParam("size", 200)
                .when().get("/api/v1/major-incidents/" + id + "/communications").then().statusCode(200);
    }

    @Test
    void theDeliveryLogIsKeptForItsRetentionAfterThePlanIsResolvedThenDeletedWithItsAttempts() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant longAgo = now.minus(Duration.ofDays(3));
        Scenario old = resolvedWithItsNoticesSent("Old outage", longAgo);
        Scenario recent = resolvedWithItsNoticesSent("Recent outage", now);
        assertThat(old.communications().extract().jsonPath().getInt("total")).isPositive();
        Instant oldResolved = longAgo.plusSeconds(60);
        Duration retained = config.delivery().logRetention();

        retention.prune(oldResolved.plus(retained).minusSeconds(1));
        assertThat(old.communications().extract().jsonPath().getInt("total")).as("within the retention").isPositive();

        retention.prune(oldResolved.plus(retained).plus(Duration.ofDays(1)));
        old.communications().body("total", equalTo(0));
        assertThat(recent.communications().extract().jsonPath().getInt("total")).isPositive();
    }

    private Scenario resolvedWithItsNoticesSent(String title, Instant at) {
        clock.set(at);
        Scenario scenario = Scenario.declare(consumer, title, at);
        sender.sendDue(at);
        clock.set(at.plusSeconds(60));
        scenario.resolve("Fixed", at.plusSeconds(60));
        sender.sendDue(at.plusSeconds(60));
        return scenario;
    }
}
