package org.opsdesk.notification.application.sending;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.Gateway;
import org.opsdesk.notification.support.HeldGateway;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Mailbox;
import org.opsdesk.notification.support.Scenario;
import org.opsdesk.platform.testing.Tokens;

/**
 * The sender as it runs in production: woken by the commits that queue deliveries due at once (the poll is an hour
 * here, so only a wake can send anything), its workers in parallel with a share per channel, and its shutdown.
 */
@QuarkusTest
@TestProfile(SenderWorkersTest.Live.class)
@WithTestResource(MailAndHttpPeers.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SenderWorkersTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    public static class Live implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // %test. keys: a profile-specific value elsewhere would win over a plain one.
            return Map.of("%test.quarkus.scheduler.enabled", "true",
                    "%test.opsdesk.notification.jobs.send-every", "1h",
                    "%test.opsdesk.notification.jobs.overdue-every", "1h",
                    "%test.opsdesk.notification.delivery.timeout", "PT2M");
        }
    }

    @Inject
    MajorIncidentEventsConsumer consumer;
    @Inject
    DeliverySender sender;

    @BeforeEach
    void defaults() {
        Fixtures.defaultPlan();
    }

    @Test
    @Order(1)
    void aDeclarationsFirstUpdatesAndItsResolutionGoOutWhenTheirTransactionCommitsNotAtTheNextPoll() {
        Scenario mi = Scenario.declare(consumer, "Payroll portal down", Instant.now());

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(Mailbox.distinct(Mailbox.withSubject("[" + mi.number + "] Major incident declared"))).hasSize(1);
            assertThat(Gateway.posts(Gateway.SMS, mi.number)).hasSize(3);
            assertThat(Gateway.posts(Gateway.BULLETIN, mi.number)).hasSize(1);
        });

        mi.resolve("Portal healthy again", Instant.now());
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(Mailbox.distinct(Mailbox.withSubject("[" + mi.number + "] Resolved"))).hasSize(1));
        mi.communications().body("items.findAll { it.kind == 'RESOLUTION' }.status", everyItem(equalTo("SENT")))
                .body("items.findAll { it.kind == 'RESOLUTION' }", hasSize(4));
    }

    @Test
    @Order(2)
    void workersSendInParallelEachDeliveryOnceAndAStuckGatewayHoldsOnlyItsChannelsShare() {
        try (HeldGateway stuck = HeldGateway.start()) {
            Scenario chat = declaredAndAnnounced("Chat outage");
            List<Map<String, Object>> hooks = IntStream.range(0, 10)
                    .mapToObj(i -> webhook("hook-" + i, stuck.url("/hooks/" + chat.id + "/" + i))).toList();
            adjust(chat, hooks);
            // Four workers (the channel's share) wait on the stuck gateway; the fifth batch of two is left for later.
            await().atMost(WAIT).until(() -> stuck.inFlight() == 4);

            List<Scenario> others = IntStream.range(0, 10)
                    .mapToObj(i -> Scenario.declare(consumer, "Outage " + i, Instant.now())).toList();
            await().atMost(WAIT).untilAsserted(() -> others.forEach(mi -> {
                assertThat(Mailbox.distinct(Mailbox.withSubject("[" + mi.number + "] Major incident declared"))).hasSize(1);
                assertThat(Gateway.posts(Gateway.SMS, mi.number)).hasSize(3);
                assertThat(Gateway.posts(Gateway.BULLETIN, mi.number)).hasSize(1);
            }));
            assertThat(stuck.inFlight()).isEqualTo(4);
            assertThat(stuck.received()).hasSize(4);

            stuck.release();
            await().atMost(WAIT).untilAsserted(() -> chat.communications()
                    .body("items.findAll { it.audience.startsWith('hook-') && it.status == 'SENT' }", hasSize(10)));
            assertThat(stuck.received()).hasSize(10).doesNotHaveDuplicates();
            assertThat(stuck.mostInFlight()).isEqualTo(4);
            for (Scenario mi : others) {
                mi.communications().body("items.findAll { it.slot == 0 }.status", everyItem(equalTo("SENT")))
                        .body("items.findAll { it.slot == 0 }", hasSize(4))
                        .body("items.findAll { it.slot == 0 }.attempts", everyItem(equalTo(1)));
            }
        }
    }

    @Test
    @Order(3)
    void atShutdownTheSenderTakesNothingNewAndWhatReachedAGatewayIsRecordedSent() throws Exception {
        try (HeldGateway stuck = HeldGateway.start()) {
            Scenario mi = declaredAndAnnounced("Telephony down");
            adjust(mi, IntStream.range(0, 4).mapToObj(i -> webhook("hook-" + i, stuck.url("/hooks/" + mi.id + "/" + i))).toList());
            // Two workers each claimed a batch of two and wait on the gateway with its first delivery.
            await().atMost(WAIT).until(() -> stuck.inFlight() == 2);

            Thread stopping = new Thread(() -> sender.stop(null));
            stopping.start();
            await().atMost(WAIT).until(() -> stopping.getState() == Thread.State.TIMED_WAITING);
            stuck.release();
            stopping.join(WAIT.toMillis());

            assertThat(stopping.isAlive()).isFalse();
            assertThat(stuck.received()).hasSize(2);
            String firstHookUpdates = "items.findAll { it.audience.startsWith('hook-') && it.slot == 0 }";
            mi.communications().body(firstHookUpdates + ".findAll { it.status == 'SENT' }", hasSize(2))
                    .body(firstHookUpdates + ".findAll { it.status == 'PENDING' }.attempts", equalTo(List.of(0, 0)));
            assertThat(sender.sendDue(Instant.now().plusSeconds(3600))).isZero();
            assertThat(stuck.received()).hasSize(2);
        }
    }

    /** Declared, and its first updates sent (by the wake), so adjusting its plan races with no send in flight. */
    private Scenario declaredAndAnnounced(String title) {
        Scenario mi = Scenario.declare(consumer, title, Instant.now());
        await().atMost(WAIT).untilAsserted(() -> mi.communications()
                .body("items.findAll { it.slot == 0 && it.status == 'SENT' }", hasSize(4)));
        return mi;
    }

    private static Map<String, Object> webhook(String key, String url) {
        return Map.of("audience", key, "name", key, "communicator", "ITOCC", "channel", "WEBHOOK", "cadence", "PT1H",
                "webhookUrl", url);
    }

    private static void adjust(Scenario mi, List<Map<String, Object>> audiences) {
        given().header("Authorization", Tokens.bearer("itocc")).contentType("application/json")
                .body(Map.of("audiences", audiences))
                .when().put("/api/v1/major-incidents/" + mi.id + "/communication-plan").then().statusCode(200);
    }
}
