package org.opsdesk.notification.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Mailbox;
import org.opsdesk.platform.testing.Metrics;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.TopicReader;

/** Retries with exponential backoff on timeouts, 429 and 5xx, none on 4xx; failure after the last attempt is announced. */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class DeliveryRetryTest extends ClockedTest {

    @Inject
    MajorIncidentEventsConsumer consumer;
    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;


    @Test
    void transientFailuresAreRetriedWithBackoffPermanentOnesAreNotAndGivingUpIsAnnounced() {
        double sentBefore = Metrics.value(webhooks("sent"));
        double retriedBefore = Metrics.value(webhooks("retry"));
        double failedBefore = Metrics.value(webhooks("failed"));
        Fixtures.defaultPlan();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        org.opsdesk.notification.support.Scenario mi = org.opsdesk.notification.support.Scenario.declare(consumer, "Chat outage", t0);
        String flaky = "/hooks/flaky-" + mi.id;
        String gone = "/hooks/gone-" + mi.id;
        String slow = "/hooks/slow-" + mi.id;
        String throttled = "/hooks/throttled-" + mi.id;
        var http = MailAndHttpPeers.http();
        http.stubFor(post(urlEqualTo(flaky)).inScenario(flaky).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("down for maintenance")).willSetStateTo("up"));
        http.stubFor(post(urlEqualTo(flaky)).inScenario(flaky).whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)));
        http.stubFor(post(urlEqualTo(gone)).willReturn(aResponse().withStatus(404).withBody("no such webhook")));
        http.stubFor(post(urlEqualTo(slow)).willReturn(aResponse().withStatus(200).withFixedDelay(6000)));
        http.stubFor(post(urlEqualTo(throttled)).willReturn(aResponse().withStatus(429)));
        given().header("Authorization", Tokens.bearer("itocc")).contentType("application/json")
                .body(Map.of("audiences", List.of(hook("flaky", flaky), hook("gone", gone), hook("slow", slow), hook("throttled", throttled))))
                .when().put("/api/v1/major-incidents/" + mi.id + "/communication-plan").then().statusCode(200);

        sender.sendDue(t0);
        mi.communications()
                .body(slot0("flaky") + ".status", equalTo("PENDING")).body(slot0("flaky") + ".attempts", equalTo(1))
                .body(slot0("gone") + ".status", equalTo("FAILED")).body(slot0("gone") + ".attempts", equalTo(1))
                .body(slot0("gone") + ".reason", containsString("HTTP 404")).body(slot0("gone") + ".late", equalTo(false))
                .body(slot0("slow") + ".attemptLog.detail", contains(containsString("timeout after PT3S")));
        clock.set(t0.plusSeconds(1));
        sender.sendDue(clock.instant());
        assertThat(requests(flaky)).isEqualTo(1);

        clock.set(t0.plusSeconds(2));
        sender.sendDue(clock.instant());
        clock.set(t0.plusSeconds(6));
        sender.sendDue(clock.instant());

        mi.communications()
                .body(slot0("flaky") + ".status", equalTo("SENT")).body(slot0("flaky") + ".attempts", equalTo(2))
                .body(slot0("flaky") + ".attemptLog.outcome", contains("RETRY", "SENT"))
                .body(slot0("flaky") + ".attemptLog.at", contains(t0.toString(), t0.plusSeconds(2).toString()))
                .body(slot0("slow") + ".status", equalTo("FAILED")).body(slot0("slow") + ".attempts", equalTo(3))
                .body(slot0("slow") + ".attemptLog.outcome", contains("RETRY", "RETRY", "FAILED"))
                .body(slot0("slow") + ".late", equalTo(true))
                .body(slot0("throttled") + ".status", equalTo("FAILED")).body(slot0("throttled") + ".reason", containsString("HTTP 429"));
        assertThat(requests(flaky)).isEqualTo(2);
        assertThat(requests(gone)).isEqualTo(1);
        assertThat(requests(slow)).isEqualTo(3);
        // at least: a send also takes what other tests left due in the shared database
        assertThat(Metrics.value(webhooks("sent"))).as("flaky, at the second attempt").isGreaterThanOrEqualTo(sentBefore + 1);
        assertThat(Metrics.value(webhooks("failed"))).as("gone, slow, throttled").isGreaterThanOrEqualTo(failedBefore + 3);
        assertThat(Metrics.value(webhooks("retry"))).as("flaky once, slow twice, throttled").isGreaterThanOrEqualTo(retriedBefore + 3);
        assertThat(requests(throttled)).isEqualTo(3);
        assertThat(idempotencyKeys(flaky)).as("every attempt of a delivery carries the same key").hasSize(2).doesNotContainNull()
                .containsOnly(idempotencyKeys(flaky).get(0));
        assertThat(idempotencyKeys(slow)).hasSize(3).containsOnly(idempotencyKeys(slow).get(0))
                .doesNotContain(idempotencyKeys(flaky).get(0));
        assertThat(Mailbox.withSubject("Delivery failed: gone slot 0 (WEBHOOK)")).hasSize(1);
        assertThat(Mailbox.withSubject("Delivery failed: slow slot 0 (WEBHOOK)")).hasSize(1);

        var failed = TopicReader.read(topic, Duration.ofSeconds(20), read -> read.stream()
                .filter(r -> r.key().equals(mi.id.toString()) && r.value().contains("notification.delivery-failed")).count() >= 3);
        assertThat(failed).filteredOn(r -> r.key().equals(mi.id.toString()) && r.value().contains("notification.delivery-failed"))
                .hasSize(3).allSatisfy(r -> EventSchemas.assertValid(r.value()));
    }

    private static Map<String, Object> hook(String key, String path) {
        return Map.of("audience", key, "name", key, "communicator", "ITOCC", "channel", "WEBHOOK", "cadence", "PT1H",
                "webhookUrl", MailAndHttpPeers.httpUrl(path));
    }

    private static String slot0(String audience) {
        return "items.find { it.audience == '" + audience + "' && it.slot == 0 }";
    }

    private static List<String> idempotencyKeys(String path) {
        return MailAndHttpPeers.http().findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(request -> request.getHeader("Idempotency-Key")).toList();
    }

    private static int requests(String path) {
        return MailAndHttpPeers.http().findAll(postRequestedFor(urlEqualTo(path))).size();
    }

    private static String webhooks(String outcome) {
        return "opsdesk_deliveries_total{channel=\"WEBHOOK\",outcome=\"" + outcome + "\"}";
    }
}
