package org.opsdesk.notification.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opsdesk.notification.application.sending.Outgoing;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.DeliveryFailure;
import org.opsdesk.notification.domain.Message;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.WebhookFormat;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Scenario;
import org.opsdesk.platform.testing.Tokens;

/**
 * Outbound webhooks (PL-5): signed per Standard Webhooks with the audience's secret (verified here by an HMAC computed
 * independently), Slack Block Kit / Teams Adaptive Card / Standard payloads, and the server-side request forgery guard
 * at configuration time (a 400 naming the field) and at send time.
 */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class WebhookTest extends ClockedTest {

    @Inject
    MajorIncidentEventsConsumer consumer;
    @Inject
    WebhookChannel channel;

    @BeforeEach
    void defaults() {
        Fixtures.defaultPlan();
    }

    @Test
    void everyPostIsSignedWithTheAudiencesSecretAndBothSecretsSignDuringTheRotationOverlap() throws Exception {
        String key = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        String hook = "/hooks/" + key;
        audience(key, Map.of("webhookUrl", MailAndHttpPeers.httpUrl(hook), "webhookFormat", "STANDARD"), 201);
        String first = rotate(key).body("previousValidUntil", nullValue()).extract().path("secret");
        assertThat(first).matches("whsec_[A-Za-z0-9+/]+={0,2}");
        assertThat(Base64.getDecoder().decode(first.substring(6))).hasSize(32);

        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Payroll outage " + key, t0);
        plan(mi, key, hook, "STANDARD");
        sender.sendDue(clock.instant());

        LoggedRequest post = onlyPost(hook);
        List<String> signatures = verify(post, List.of(first));
        assertThat(signatures).hasSize(1);
        assertThat(Long.parseLong(post.getHeader("webhook-timestamp"))).isEqualTo(t0.getEpochSecond());
        assertThat(post.getHeader("webhook-id")).startsWith("msg_");
        JsonPath event = JsonPath.from(post.getBodyAsString());
        assertThat(event.getString("type")).isEqualTo("communication.update");
        assertThat(event.getString("data.subject")).contains(mi.number);
        assertThat(event.getString("data.subjectId")).isEqualTo(mi.id.toString());

        // rotated: the new secret and, for the overlap, the previous one sign each post
        String second = rotate(key).body("previousValidUntil", equalTo(t0.plus(java.time.Duration.ofHours(24)).toString()))
                .extract().path("secret");
        assertThat(second).isNotEqualTo(first);
        MailAndHttpPeers.http().resetRequests();
        clock.set(t0.plusSeconds(31));
        sender.sendDue(clock.instant());
        assertThat(verify(onlyPost(hook), List.of(second, first))).hasSize(2);

        // a tampered body no longer matches
        assertThat(hmac(second, post.getHeader("webhook-id") + "." + post.getHeader("webhook-timestamp") + "." + post.getBodyAsString() + " "))
                .isNotIn(signatures);
    }

    @Test
    void slackGetsBlockKitAndTheSecretIsOnlyForWebhookAudiences() {
        String key = "slack-" + UUID.randomUUID().toString().substring(0, 8);
        String hook = "/hooks/" + key;
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Mail outage " + key, t0);
        plan(mi, key, hook, "SLACK");
        sender.sendDue(clock.instant());

        JsonPath message = JsonPath.from(onlyPost(hook).getBodyAsString());
        assertThat(message.getString("text")).contains(mi.number);
        assertThat(message.getList("blocks.type")).containsExactly("header", "section", "context");
        assertThat(message.getString("blocks[0].text.type")).isEqualTo("plain_text");
        assertThat(message.getString("blocks[1].text.type")).isEqualTo("mrkdwn");
        assertThat(message.getString("blocks[1].text.text")).contains("Next update: ");

        given().header("Authorization", Tokens.bearer("admin")).when().post("/api/v1/audiences/executive-updates/webhook-secret")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("admin")).when().post("/api/v1/audiences/no-such-audience/webhook-secret")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("service-desk")).when().post("/api/v1/audiences/executive-updates/webhook-secret")
                .then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.org/in", "https://10.1.2.3/hook", "https://192.168.0.10/hook",
            "https://172.16.5.5/hook", "https://127.0.0.2/hook", "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hook", "https://[fd00::1]/hook", "https://0.0.0.0/hook", "https://user:pw@hooks.example.org/in"})
    void privateLoopbackLinkLocalAndPlainHttpTargetsAreRefusedNamingTheFieldAndChangeNothing(String url) {
        String key = "ssrf-" + UUID.randomUUID().toString().substring(0, 8);
        audience(key, Map.of("webhookUrl", url), 400).body("invalid-params.name", hasItem("webhookUrl"));
        given().header("Authorization", Tokens.bearer("admin")).when().get("/api/v1/audiences/" + key).then().statusCode(404);

        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "SSRF " + key, t0);
        String before = mi.plan().extract().asString();
        given().header("Authorization", Tokens.bearer("itocc")).contentType("application/json")
                .body(Map.of("audiences", List.of(planAudience(key, url, "SLACK"))))
                .when().put("/api/v1/major-incidents/" + mi.id + "/communication-plan")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", hasItem("audiences[0].webhookUrl"));
        assertThat(mi.plan().extract().asString()).isEqualTo(before);
    }

    @Test
    void atSendTimeATargetThatIsNotAllowedIsRefusedBeforeAnyRequest() {
        Outgoing outgoing = new Outgoing(UUID.randomUUID(), UUID.randomUUID(), "send-time-" + UUID.randomUUID(), Channel.WEBHOOK,
                List.of(new Recipient("hook", "https://10.9.8.7/hook")), new Message("subject", "text", null),
                WebhookFormat.SLACK, false, false);
        assertThatThrownBy(() -> channel.send(outgoing, r -> { }))
                .isInstanceOf(DeliveryFailure.class).hasMessageContaining("webhook target refused")
                .satisfies(e -> assertThat(((DeliveryFailure) e).retryable()).isFalse());
    }

    /** The signatures of the post that match one of {@code secrets}, computed here: HMAC-SHA256 of id.timestamp.body. */
    private static List<String> verify(LoggedRequest post, List<String> secrets) throws Exception {
        String signed = post.getHeader("webhook-id") + "." + post.getHeader("webhook-timestamp") + "."
                + new String(post.getBody(), StandardCharsets.UTF_8);
        List<String> sent = Arrays.asList(post.getHeader("webhook-signature").split(" "));
        List<String> expected = secrets.stream().map(secret -> "v1," + hmac(secret, signed)).toList();
        assertThat(sent).containsExactlyInAnyOrderElementsOf(expected);
        return sent;
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static LoggedRequest onlyPost(String hook) {
        List<LoggedRequest> posts = MailAndHttpPeers.http().findAll(postRequestedFor(urlEqualTo(hook)));
        assertThat(posts).hasSize(1);
        return posts.get(0);
    }

    private static io.restassured.response.ValidatableResponse audience(String key, Map<String, Object> extra, int status) {
        Map<String, Object> body = new HashMap<>(Map.of("name", key, "communicator", "ITOCC", "channel", "WEBHOOK"));
        body.putAll(extra);
        return given().header("Authorization", Tokens.bearer("admin")).contentType("application/json").body(body)
                .when().put("/api/v1/audiences/" + key).then().statusCode(status);
    }

    private static io.restassured.response.ValidatableResponse rotate(String key) {
        return given().header("Authorization", Tokens.bearer("communications")).when().post("/api/v1/audiences/" + key + "/webhook-secret")
                .then().statusCode(201).header("Cache-Control", "no-store").body("audience", equalTo(key))
                .body("secret", startsWith("whsec_"));
    }

    private static void plan(Scenario mi, String key, String hook, String format) {
        given().header("Authorization", Tokens.bearer("itocc")).contentType("application/json")
                .body(Map.of("audiences", List.of(planAudience(key, MailAndHttpPeers.httpUrl(hook), format))))
                .when().put("/api/v1/major-incidents/" + mi.id + "/communication-plan").then().statusCode(200);
    }

    private static Map<String, Object> planAudience(String key, String url, String format) {
        return Map.of("audience", key, "name", key, "communicator", "ITOCC", "channel", "WEBHOOK", "cadence", "PT30S",
                "webhookUrl", url, "webhookFormat", format);
    }
}
