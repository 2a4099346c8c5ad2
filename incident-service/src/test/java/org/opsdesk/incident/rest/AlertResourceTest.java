package org.opsdesk.incident.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.command;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.events;
import static org.opsdesk.incident.IncidentApi.unique;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.Metrics;
import org.opsdesk.platform.testing.AdjustableClock;

/**
 * IN-17: Alertmanager webhooks exactly as Alertmanager sends them, PagerDuty Events v2 and generic alerts.
 * One open incident per alert identity; the same payload any number of times, in any order with its resolved
 * twin, gives the same final state.
 */
@QuarkusTest
class AlertResourceTest {

    private static final String STARTS_AT = "2026-11-20T14:00:00.123456789Z";
    private static final String NEVER = "0001-01-01T00:00:00Z";

    @Inject
    EntityManager em;

    @Inject
    AdjustableClock clock;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    // ---- Alertmanager ---------------------------------------------------------------------------

    /** One alert of a webhook, with the fields and the key order Alertmanager 0.25 uses. */
    private static String alert(String status, String fingerprint, String startsAt, String endsAt, String service, String severity) {
        return """
                {"status": "%s",
                 "labels": {"alertname": "PayrollPortalDown", "instance": "payroll-web-1:443", "job": "blackbox",
                            "service": "%s", "severity": "%s"},
                 "annotations": {"description": "The HTTPS probe of payroll-web-1 has failed for 5 minutes.",
                                 "summary": "Payroll portal is down"},
                 "startsAt": "%s", "endsAt": "%s",
                 "generatorURL": "http://prometheus:9090/graph?g0.expr=probe_success+%%3D%%3D+0&g0.tab=1",
                 "fingerprint": "%s"}""".formatted(status, service, severity, startsAt, endsAt, fingerprint);
    }

    private static String firing(String fingerprint) {
        return alert("firing", fingerprint, STARTS_AT, NEVER, "payroll-portal", "critical");
    }

    private static String resolved(String fingerprint) {
        return alert("resolved", fingerprint, STARTS_AT, "2026-11-20T14:20:00.5Z", "payroll-portal", "critical");
    }

    /** A webhook as Alertmanager posts it (version 4). */
    private static String webhook(String groupStatus, String... alerts) {
        return """
                {"receiver": "opsdesk", "status": "%s", "alerts": [%s],
                 "groupLabels": {"alertname": "PayrollPortalDown"},
                 "commonLabels": {"alertname": "PayrollPortalDown", "job": "blackbox", "severity": "critical"},
                 "commonAnnotations": {"summary": "Payroll portal is down"},
                 "externalURL": "http://alertmanager:9093", "version": "4",
                 "groupKey": "{}/{severity=\\"critical\\"}:{alertname=\\"PayrollPortalDown\\"}", "truncatedAlerts": 0}
                """.formatted(groupStatus, String.join(",", alerts));
    }

    private static ValidatableResponse postWebhook(String body) {
        return as("alertmanager", null, "monitoring").body(body).when().post("/api/v1/alerts/alertmanager").then();
    }

    private static String incidentOf(ValidatableResponse response) {
        return response.statusCode(200).extract().path("results[0].incidentId");
    }

    @Test
    void aFiringAlertOpensAnIncidentMappedFromItsLabels() {
        String opened = "opsdesk_alerts_received_total{integration=\"alertmanager\",outcome=\"opened\"}";
        double before = Metrics.value(opened);
        String fp = unique("fp");
        String id = incidentOf(postWebhook(webhook("firing", firing(fp)))
                .body("results[0].outcome", equalTo("OPENED")).body("results[0].dedupKey", equalTo(fp)));
        desk().when().get("/api/v1/incidents/" + id).then().statusCode(200)
                .body("source", equalTo("MONITORING")).body("summary", equalTo("Payroll portal is down"))
                .body("severity", equalTo(1)).body("urgency", equalTo("HIGH")).body("priority", equalTo("P1"))
                .body("serviceIds", contains("payroll-portal")).body("significantService", equalTo(true))
                .body("openedByAlert", equalTo(true)).body("receivedAt", equalTo("2026-11-20T14:00:00.123456Z"))
                .body("description", containsString("HTTPS probe")).body("description", containsString("http://prometheus:9090"))
                .body("reporter.name", equalTo("Alertmanager (opsdesk)"));
        JsonNode created = events(topic, id, "incident.created", 1).get(0);
        assertThat(created.path("severity").asInt()).isEqualTo(1);
        assertThat(Metrics.value(opened)).isEqualTo(before + 1);
        assertThat(created.path("significantService").asBoolean()).isTrue();
        assertThat(created.path("alertStartsAt").asText()).isEqualTo("2026-11-20T14:00:00.123456Z");
        assertThat(created.path("alertGroup").asText()).isEqualTo("{}/{severity=\"critical\"}:{alertname=\"PayrollPortalDown\"}");
    }

    @Test
    void theSamePayloadPostedTwiceChangesNothingTheSecondTime() {
        String fp = unique("fp");
        String body = webhook("firing", firing(fp));
        String id = incidentOf(postWebhook(body));
        postWebhook(body).statusCode(200).body("results[0].outcome", equalTo("REDELIVERED")).body("results[0].incidentId", equalTo(id));
        desk().when().get("/api/v1/incidents/" + id + "/alerts").then().statusCode(200)
                .body("[0].occurrences", equalTo(1)).body("[0].deliveries", equalTo(2)).body("[0].status", equalTo("FIRING"));
        assertThat(incidentsOf(fp)).isEqualTo(1);
    }

    /** Redelivered firings are counted a statement for many; a new firing between them, or twice in one post, still counts once. */
    @Test
    void aPostMixingNewAndRedeliveredFiringsCountsEveryDelivery() {
        String base = unique("fp");
        String a = base + "-a";
        String b = base + "-b";
        String c = base + "-c";
        postWebhook(webhook("firing", firing(a), firing(c))).statusCode(200).body("results.outcome", contains("OPENED", "OPENED"));
        postWebhook(webhook("firing", firing(c), firing(b), firing(a), firing(b))).statusCode(200)
                .body("results.outcome", contains("REDELIVERED", "OPENED", "REDELIVERED", "REDELIVERED"))
                .body("results.dedupKey", contains(c, b, a, b));
        for (String fp : List.of(a, b, c)) {
            assertThat(incidentsOf(fp)).isEqualTo(1);
            assertThat(((Number) em.createNativeQuery("select deliveries from monitored_alert where dedup_key = ?1")
                    .setParameter(1, fp).getSingleResult()).intValue()).as(fp).isEqualTo(2);
        }
    }

    @Test
    void aResolvedAlertResolvesTheIncidentItOpenedWhenNoPersonActed() {
        String fp = unique("fp");
        String id = incidentOf(postWebhook(webhook("firing", firing(fp))));
        postWebhook(webhook("resolved", resolved(fp))).statusCode(200).body("results[0].outcome", equalTo("RESOLVED"));
        desk().when().get("/api/v1/incidents/" + id).then()
                .body("status", equalTo("RESOLVED")).body("resolution.resolutionType", equalTo("WORKAROUND"))
                .body("resolution.customerConfirmed", equalTo(false)).body("resolution.unconfirmedReason", equalTo("ALERT_CLEARED"))
                .body("resolution.resolvedBy", equalTo("monitoring")).body("resolution.disputeDeadline", notNullValue());
        desk().when().get("/api/v1/incidents/" + id + "/alerts").then()
                .body("[0].status", equalTo("RESOLVED")).body("[0].resolvedAt", equalTo("2026-11-20T14:20:00.500Z"));
        assertThat(events(topic, id, "incident.resolved", 1).get(0).path("disputeDeadline").asText()).isNotBlank();

        // a late retry of the firing changes nothing; the next firing (new startsAt) is a new incident
        postWebhook(webhook("firing", firing(fp))).statusCode(200).body("results[0].outcome", equalTo("REDELIVERED"));
        desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("RESOLVED"));
        String next = incidentOf(postWebhook(webhook("firing", alert("firing", fp, "2026-11-20T16:00:00Z", NEVER, "payroll-portal", "critical")))
                .body("results[0].outcome", equalTo("OPENED")));
        assertThat(next).isNotEqualTo(id);
    }

    @Test
    void theResolvedTwinArrivingFirstEndsInTheSameState() {
        String fp = unique("fp");
        String id = incidentOf(postWebhook(webhook("resolved", resolved(fp))).body("results[0].outcome", equalTo("RESOLVED")));
        postWebhook(webhook("firing", firing(fp))).statusCode(200)
                .body("results[0].outcome", equalTo("REDELIVERED")).body("results[0].incidentId", equalTo(id));
        postWebhook(webhook("resolved", resolved(fp))).statusCode(200).body("results[0].outcome", equalTo("REDELIVERED"));
        desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("RESOLVED"));
        desk().when().get("/api/v1/incidents/" + id + "/alerts").then().body("[0].status", equalTo("RESOLVED"))
                .body("[0].occurrences", equalTo(1));
        assertThat(incidentsOf(fp)).isEqualTo(1);
    }

    @Test
    void aMixedGroupTakesEveryAlertOnItsOwn() {
        String gone = unique("fp");
        String fresh = unique("fp");
        String first = incidentOf(postWebhook(webhook("firing", firing(gone))));
        postWebhook(webhook("firing", resolved(gone), firing(fresh))).statusCode(200)
                .body("results.outcome", contains("RESOLVED", "OPENED"))
                .body("results.dedupKey", contains(gone, fresh))
                .body("results[0].incidentId", equalTo(first));
        desk().when().get("/api/v1/incidents/" + first).then().body("status", equalTo("RESOLVED"));
    }

    @Test
    void onceAPersonActedTheResolvedAlertIsOnlyRecordedAndNewFiringsCountOccurrences() {
        String fp = unique("fp");
        String id = incidentOf(postWebhook(webhook("firing", firing(fp))));
        command(id, "assign", "{\"team\": \"application-support\"}");
        postWebhook(webhook("resolved", resolved(fp))).statusCode(200).body("results[0].outcome", equalTo("RESOLVED"));
        desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("ASSIGNED"));
        desk().when().get("/api/v1/incidents/" + id + "/history?size=100").then().body("items.action", hasItem("ALERT_RESOLVED"));

        postWebhook(webhook("firing", alert("firing", fp, "2026-11-20T15:00:00Z", NEVER, "payroll-portal", "critical")))
                .statusCode(200).body("results[0].outcome", equalTo("REPEATED")).body("results[0].incidentId", equalTo(id));
        desk().when().get("/api/v1/incidents/" + id + "/alerts").then()
                .body("[0].occurrences", equalTo(2)).body("[0].status", equalTo("FIRING"))
                .body("[0].lastSeenAt", equalTo("2026-11-20T15:00:00Z"));
        List<JsonNode> received = events(topic, id, "incident.alert-received", 2);
        assertThat(received.get(0).path("alert").path("status").asText()).isEqualTo("RESOLVED");
        assertThat(received.get(1).path("repeatCount").asInt()).isEqualTo(1);
        assertThat(received.get(1).path("alert").path("occurrences").asInt()).isEqualTo(2);
    }

    /**
     * Webhooks recorded from a real Alertmanager (prometheus-alertmanager 0.25.0, Debian) posting to a capturing
     * receiver: two alerts firing, then one resolved beside the other still firing, then the second resolved.
     * Only the fingerprints are replaced, so every run has alerts of its own.
     */
    private static String recorded(String name, String first, String second) {
        try (var in = AlertResourceTest.class.getResourceAsStream("/alertmanager/0.25-" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("5ff36a197192b433", first).replace("5dc4d9c595cbc304", second);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void webhooksRecordedFromARealAlertmanagerEndInTheSameStateWhateverIsRedelivered() {
        String web1 = unique("fp");
        String web2 = unique("fp");
        List<String> ids = postWebhook(recorded("firing", web1, web2)).statusCode(200)
                .body("results.outcome", contains("OPENED", "OPENED")).extract().path("results.incidentId");
        postWebhook(recorded("firing", web1, web2)).statusCode(200).body("results.outcome", contains("REDELIVERED", "REDELIVERED"));
        postWebhook(recorded("mixed", web1, web2)).statusCode(200).body("results.outcome", contains("RESOLVED", "REDELIVERED"));
        desk().when().get("/api/v1/incidents/" + ids.get(0)).then().body("status", equalTo("RESOLVED"));
        desk().when().get("/api/v1/incidents/" + ids.get(1)).then().body("status", equalTo("NEW"));
        postWebhook(recorded("resolved", web1, web2)).statusCode(200).body("results.outcome", contains("RESOLVED"));

        for (String name : List.of("resolved", "mixed", "firing", "mixed")) {
            postWebhook(recorded(name, web1, web2)).statusCode(200).body("results.outcome", everyItem(equalTo("REDELIVERED")));
        }
        for (String id : ids) {
            desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("RESOLVED"));
            desk().when().get("/api/v1/incidents/" + id + "/alerts").then()
                    .body("[0].status", equalTo("RESOLVED")).body("[0].occurrences", equalTo(1));
        }
        assertThat(incidentsOf(web1) + incidentsOf(web2)).isEqualTo(2);
    }

    @Test
    void fiftyConcurrentPostsOfOneAlertGiveExactlyOneIncident() throws Exception {
        String fp = unique("fp");
        String body = webhook("firing", firing(fp));
        Set<String> incidents = new HashSet<>(concurrently(50, () -> incidentOf(postWebhook(body))));
        assertThat(incidents).hasSize(1);
        assertThat(incidentsOf(fp)).isEqualTo(1);
        desk().when().get("/api/v1/incidents/" + incidents.iterator().next() + "/alerts").then()
                .body("[0].occurrences", equalTo(1)).body("[0].deliveries", equalTo(50));
    }

    @Test
    void fiftyConcurrentPagerDutyTriggersOfOneKeyGiveOneIncidentWithFiftyOccurrences() throws Exception {
        String key = unique("pd");
        Set<String> incidents = new HashSet<>(concurrently(50, () -> pagerDuty(trigger(key, "critical"))
                .statusCode(202).extract().<String>path("result.incidentId")));
        assertThat(incidents).hasSize(1);
        desk().when().get("/api/v1/incidents/" + incidents.iterator().next() + "/alerts").then()
                .body("[0].occurrences", equalTo(50));
    }

    private static <T> List<T> concurrently(int times, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAlertOfAServiceOutsideTheCatalogStillOpensAnIncident() {
        String fp = unique("fp");
        String id = incidentOf(postWebhook(webhook("firing", alert("firing", fp, STARTS_AT, NEVER, "mainframe", "warning"))));
        desk().when().get("/api/v1/incidents/" + id).then()
                .body("serviceIds", empty()).body("severity", equalTo(3)).body("urgency", equalTo("MEDIUM"))
                .body("description", containsString("'mainframe' is not in the catalog"));
    }

    @Test
    void aMalformedWebhookIsRefusedAndStoresNothing() {
        String fp = unique("fp");
        postWebhook(webhook("firing", firing(fp)).replace("\"version\": \"4\"", "\"version\": \"3\""))
                .statusCode(400).body("invalid-params.name", hasItem("version"));
        postWebhook(webhook("firing", firing(fp).replace("\"status\": \"firing\"", "\"status\": \"burning\"")))
                .statusCode(400);
        postWebhook("{\"version\": \"4\", \"status\": \"firing\"}").statusCode(400).body("invalid-params.name", hasItem("alerts"));
        postWebhook(webhook("firing", firing(fp).replace("\"startsAt\": \"" + STARTS_AT + "\",", ""))).statusCode(400);
        assertThat(incidentsOf(fp)).isZero();
    }

    @Test
    void onlyMonitoringTokensPostAlerts() {
        String fp = unique("fp");
        desk().body(webhook("firing", firing(fp))).when().post("/api/v1/alerts/alertmanager").then().statusCode(403);
        given().contentType("application/json").body(webhook("firing", firing(fp))).when().post("/api/v1/alerts/alertmanager")
                .then().statusCode(401);
        as("pat", "dept-of-revenue", "customer").body(trigger(fp, "critical")).when().post("/api/v1/alerts/events").then().statusCode(403);
        assertThat(incidentsOf(fp)).isZero();
    }

    // ---- rate limit per source -------------------------------------------------------------------

    /** The token subject flood-test may post 1 alert per second, 3 at once (the test profile, src/test/resources/META-INF). */
    private static ValidatableResponse postAsFloodTest(String body) {
        return as("flood-test", null, "monitoring").body(body).when().post("/api/v1/alerts/alertmanager").then();
    }

    /**
     * Alertmanager (and Grafana) retry only 5xx: over the limit they are answered 503; PagerDuty Events senders 429 as
     * PagerDuty answers. Both with Retry-After, and nothing of the refused post is stored.
     */
    @Test
    void aSourceOverItsLimitIsAnswered503OnAlertmanagersRouteAnd429OnPagerDutysWithRetryAfterAndNothingStored() {
        clock.set(Instant.now());
        try {
            String[] fps = {unique("fp"), unique("fp"), unique("fp"), unique("fp")};
            postAsFloodTest(webhook("firing", firing(fps[0]), firing(fps[1]))).statusCode(200);
            postAsFloodTest(webhook("firing", firing(fps[2]), firing(fps[3]))).statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "1")
                    .body("status", equalTo(503)).body("detail", containsString("flood-test"))
                    .body("context.retryAfterSeconds", equalTo(1));
            assertThat(incidentsOf(fps[2]) + incidentsOf(fps[3]) + episodesOf(fps[2]) + episodesOf(fps[3])).isZero();
            postWebhook(webhook("firing", firing(unique("fp")))).statusCode(200);

            String dedupKey = unique("dk");
            for (String path : List.of("/api/v1/alerts/events", "/v2/enqueue")) {
                as("flood-test", null, "monitoring").body(trigger(dedupKey, "warning")).when().post(path).then()
                        .statusCode(path.equals("/v2/enqueue") ? 429 : 202);
            }
            as("flood-test", null, "monitoring").body(trigger(dedupKey, "warning")).when().post("/api/v1/alerts/events").then()
                    .statusCode(429).contentType("application/problem+json").header("Retry-After", "1");
            assertThat(incidentsOf(dedupKey)).isEqualTo(1);

            clock.advance(Duration.ofSeconds(2));
            postAsFloodTest(webhook("firing", firing(fps[2]), firing(fps[3]))).statusCode(200)
                    .body("results.outcome", contains("OPENED", "OPENED"));
            assertThat(incidentsOf(fps[2]) + incidentsOf(fps[3])).isEqualTo(2);
        } finally {
            clock.reset();
        }
    }

    // ---- PagerDuty Events API v2 -----------------------------------------------------------------

    private static String trigger(String dedupKey, String severity) {
        return """
                {"routing_key": "R0123456789ABCDEF0123456789ABCDE", "event_action": "trigger", "dedup_key": "%s",
                 "payload": {"summary": "Disk full on db-7", "source": "db-7.prod", "severity": "%s",
                             "timestamp": "2026-11-20T14:02:00.000+0000", "component": "data-warehouse", "group": "prod-db",
                             "class": "disk", "custom_details": {"free_bytes": 0, "mount": "/var/lib/pgsql"}},
                 "client": "Zabbix", "client_url": "https://zabbix.example/problems"}
                """.formatted(dedupKey, severity);
    }

    private static ValidatableResponse pagerDuty(String body) {
        return as("zabbix", null, "monitoring").body(body).when().post("/api/v1/alerts/events").then();
    }

    @Test
    void pagerDutyEventsTriggerAcknowledgeAndResolve() {
        String key = unique("pd");
        String id = pagerDuty(trigger(key, "error")).statusCode(202)
                .body("status", equalTo("success")).body("dedup_key", equalTo(key)).body("result.outcome", equalTo("OPENED"))
                .extract().path("result.incidentId");
        desk().when().get("/api/v1/incidents/" + id).then()
                .body("summary", equalTo("Disk full on db-7")).body("severity", equalTo(2))
                .body("serviceIds", contains("data-warehouse")).body("reporter.name", equalTo("Zabbix"));
        pagerDuty(trigger(key, "error")).statusCode(202).body("result.outcome", equalTo("REPEATED"));
        pagerDuty("{\"event_action\": \"acknowledge\", \"dedup_key\": \"" + key + "\"}").statusCode(202)
                .body("result.outcome", equalTo("ACKNOWLEDGED"));
        desk().when().get("/api/v1/incidents/" + id + "/alerts").then()
                .body("[0].occurrences", equalTo(2)).body("[0].status", equalTo("ACKNOWLEDGED"));
        pagerDuty("{\"event_action\": \"resolve\", \"dedup_key\": \"" + key + "\"}").statusCode(202)
                .body("result.outcome", equalTo("RESOLVED"));
        desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("RESOLVED"));
        String next = pagerDuty(trigger(key, "error")).statusCode(202).body("result.outcome", equalTo("OPENED"))
                .extract().path("result.incidentId");
        assertThat(next).isNotEqualTo(id);
        pagerDuty("{\"event_action\": \"resolve\", \"dedup_key\": \"" + unique("never-seen") + "\"}").statusCode(202)
                .body("result.outcome", equalTo("IGNORED"));
    }

    @Test
    void aTriggerWithoutDedupKeyGetsOne() {
        pagerDuty(trigger(unique("x"), "info").replaceFirst("\"dedup_key\": \"[^\"]+\",", "")).statusCode(202)
                .body("dedup_key", notNullValue()).body("result.outcome", equalTo("OPENED"));
    }

    @Test
    void anInvalidPagerDutyEventIsRefused() {
        String key = unique("pd");
        pagerDuty(trigger(key, "catastrophic")).statusCode(400).body("invalid-params.name", hasItem("payload.severity"));
        pagerDuty("{\"event_action\": \"trigger\", \"dedup_key\": \"" + key + "\"}").statusCode(400)
                .body("invalid-params.name", hasItem("payload"));
        pagerDuty("{\"event_action\": \"resolve\"}").statusCode(400).body("invalid-params.name", hasItem("dedup_key"));
        pagerDuty("{\"event_action\": \"explode\", \"dedup_key\": \"" + key + "\"}").statusCode(400);
        assertThat(incidentsOf(key)).isZero();
    }

    // ---- generic ---------------------------------------------------------------------------------

    @Test
    void aGenericAlertFiresAndResolves() {
        String key = unique("gen");
        String body = """
                {"source": "nagios", "dedupKey": "%s", "status": "%s", "severity": "2", "service": "vpn",
                 "summary": "VPN concentrator unreachable", "details": {"host": "vpn-1", "check": "ping"}}""";
        String id = as("nagios", null, "monitoring").body(body.formatted(key, "FIRING")).when().post("/api/v1/alerts")
                .then().statusCode(202).body("dedupKey", equalTo(key)).body("outcome", equalTo("OPENED"))
                .extract().path("incidentId");
        desk().when().get("/api/v1/incidents/" + id).then()
                .body("severity", equalTo(2)).body("serviceIds", contains("vpn")).body("description", containsString("host=vpn-1"));
        as("nagios", null, "monitoring").body(body.formatted(key, "FIRING")).when().post("/api/v1/alerts")
                .then().statusCode(202).body("outcome", equalTo("REPEATED"));
        as("nagios", null, "monitoring").body(body.formatted(key, "RESOLVED")).when().post("/api/v1/alerts")
                .then().statusCode(202).body("outcome", equalTo("RESOLVED"));
        desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("RESOLVED"));

        as("nagios", null, "monitoring").body("{\"source\": \"nagios\", \"dedupKey\": \"k\", \"status\": \"FIRING\"}")
                .when().post("/api/v1/alerts").then().statusCode(400).body("invalid-params.name", hasItem("summary"));
        as("nagios", null, "monitoring").body("{\"source\": \"nagios\", \"dedupKey\": \"k\", \"status\": \"ON_FIRE\", \"summary\": \"x\"}")
                .when().post("/api/v1/alerts").then().statusCode(400).body("invalid-params.name", hasItem("status"));
    }

    /** 001 §5.8.1: one clearing proves nothing about the cause; the third resolution of one alert within the window does. */
    @Test
    void anAlertThatKeepsClearingAndComingBackOpensOneProblemForAllItsIncidents() {
        String key = unique("flap");
        List<String> incidents = new ArrayList<>();
        for (int flap = 1; flap <= 4; flap++) {
            incidents.add(flappingAlert(key, "FIRING").body("outcome", equalTo("OPENED")).extract().path("incidentId"));
            flappingAlert(key, "RESOLVED").body("outcome", equalTo("RESOLVED"));
            if (flap < 3) {
                desk().when().get("/api/v1/problems?incidentId=" + incidents.get(flap - 1)).then().body("items", empty());
            }
        }
        desk().when().get("/api/v1/incidents/" + incidents.get(0)).then()
                .body("resolution.resolutionType", equalTo("WORKAROUND")).body("resolution.unconfirmedReason", equalTo("ALERT_CLEARED"));
        desk().when().get("/api/v1/problems?incidentId=" + incidents.get(0)).then()
                .body("items", hasSize(1)).body("items[0].reason", equalTo("RECURRING_ALERT"))
                .body("items[0].incidentIds", containsInAnyOrder(incidents.toArray()));
        JsonNode opened = events(topic, incidents.get(2), "incident.problem-opened", 1).get(0);
        assertThat(opened.path("reason").asText()).isEqualTo("RECURRING_ALERT");
        assertThat(opened.path("newProblem").asBoolean()).isTrue();
        assertThat(events(topic, incidents.get(3), "incident.problem-opened", 1).get(0).path("newProblem").asBoolean()).isFalse();
    }

    private static ValidatableResponse flappingAlert(String key, String status) {
        return as("nagios", null, "monitoring").body("""
                        {"source": "nagios", "dedupKey": "%s", "status": "%s", "severity": "3", "service": "vpn",
                         "summary": "VPN tunnel to the tax office flaps"}""".formatted(key, status))
                .when().post("/api/v1/alerts").then().statusCode(202);
    }

    private long episodesOf(String dedupKey) {
        return ((Number) em.createNativeQuery("select count(*) from alert_episode where dedup_key = ?1")
                .setParameter(1, dedupKey).getSingleResult()).longValue();
    }

    private long incidentsOf(String dedupKey) {
        return ((Number) em.createNativeQuery("select count(distinct incident_id) from monitored_alert where dedup_key like ?1")
                .setParameter(1, "%" + dedupKey).getSingleResult()).longValue();
    }
}
