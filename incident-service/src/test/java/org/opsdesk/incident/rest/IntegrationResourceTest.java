package org.opsdesk.incident.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opsdesk.incident.IncidentApi.admin;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.event;
import static org.opsdesk.incident.IncidentApi.unique;
import static org.opsdesk.platform.testing.ChangeLogApi.entries;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.incident.domain.integration.IntegrationKey;
import org.opsdesk.platform.testing.AdjustableClock;

/**
 * Issue 14: monitoring integrations with their own keys, minted once, stored hashed, rotated with an overlap and
 * revoked; each kind authenticates the way its tool connects (bearer key, key in the path, PagerDuty's routing_key
 * at PagerDuty's path) and its defaults apply; a large group is taken in parts.
 */
@QuarkusTest
class IntegrationResourceTest {

    private static final String INTEGRATIONS = "/api/v1/integrations";

    @Inject
    EntityManager em;

    @Inject
    AdjustableClock clock;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Creates an integration as an admin: its id, name and key. */
    private static JsonPath create(String kind, String defaults) {
        String name = unique(kind.toLowerCase().replace('_', '-'));
        return admin().body("{\"name\": \"%s\", \"kind\": \"%s\"%s}".formatted(name, kind, defaults))
                .when().post(INTEGRATIONS).then().statusCode(201).extract().jsonPath();
    }

    private static RequestSpecification bearer(String key) {
        return given().header("Authorization", "Bearer " + key).contentType("application/json");
    }

    private static String alert(String fingerprint, String labels) {
        return """
                {"status": "firing", "labels": {"alertname": "QueueBacklog", "instance": "mq-1:9100"%s},
                 "annotations": {"summary": "Queue backlog on mq-1"}, "startsAt": "2026-12-06T08:00:00Z",
                 "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "http://prometheus:9090/graph", "fingerprint": "%s"}"""
                .formatted(labels, fingerprint);
    }

    private static String webhook(String... alerts) {
        return """
                {"version": "4", "groupKey": "{}:{alertname=\\"QueueBacklog\\"}", "truncatedAlerts": 0, "status": "firing",
                 "receiver": "opsdesk", "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
                 "externalURL": "http://alertmanager:9093", "alerts": [%s]}""".formatted(String.join(",", alerts));
    }

    private static ValidatableResponse incident(String id) {
        return desk().when().get("/api/v1/incidents/" + id).then().statusCode(200);
    }

    @Test
    void anAdminCreatesAnIntegrationAndSeesItsKeyOnceWhileOnlyItsHashIsStored() {
        String name = unique("prometheus-prod");
        String body = "{\"name\": \"%s\", \"kind\": \"ALERTMANAGER\", \"defaultService\": \"payroll-portal\", \"defaultCustomerOrg\": \"dept-of-revenue\"}"
                .formatted(name);
        as("sam.desk", null, "service-desk").body(body).when().post(INTEGRATIONS).then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(count("select count(*) from integration where name = ?1", name)).isZero();

        ValidatableResponse answer = admin().body(body).when().post(INTEGRATIONS).then().statusCode(201);
        JsonPath created = answer.extract().jsonPath();
        answer.header("Location", endsWith(INTEGRATIONS + "/" + created.getString("id")));
        admin().body(body).when().post(INTEGRATIONS).then().statusCode(409).contentType("application/problem+json");
        assertThat(count("select count(*) from integration where name = ?1", name)).isEqualTo(1);
        String id = created.getString("id");
        String key = created.getString("key");
        assertThat(created.getString("kind")).isEqualTo("ALERTMANAGER");
        assertThat(created.getString("name")).isEqualTo(name);
        assertThat(key).startsWith("odk_").hasSizeGreaterThan(40);
        assertThat((String) em.createNativeQuery("select key_hash from integration_key where integration_id = cast(?1 as uuid)")
                .setParameter(1, id).getSingleResult()).isEqualTo(IntegrationKey.hashOf(key)).doesNotContain(key);

        admin().when().get(INTEGRATIONS + "/" + id).then().statusCode(200).body("$", not(hasKey("key")))
                .body("name", equalTo(name)).body("defaultService", equalTo("payroll-portal")).body("revokedAt", nullValue());
        admin().when().get(INTEGRATIONS).then().statusCode(200).body("name", hasItem(name)).body("key", everyItem(nullValue()));
        desk().when().get(INTEGRATIONS).then().statusCode(403);

        entries("integration", id).body("items.action", contains("CREATED")).body("items[0].actor", equalTo("ada.admin"))
                .body("items[0].summary", containsString("kind: ALERTMANAGER")).body("items[0].summary", not(containsString(key)));
        JsonNode changed = event(topic, id, "incident.integration-changed", e -> e.path("data").path("action").asText().equals("CREATED"));
        assertThat(changed.path("data").path("name").asText()).isEqualTo(name);
        assertThat(changed.toString()).doesNotContain(key).doesNotContain(IntegrationKey.hashOf(key));
    }

    @Test
    void badRequestsNameTheFieldAndCreateNothing() {
        String name = unique("bad");
        admin().body("{\"name\": \"%s\", \"kind\": \"NAGIOS\"}".formatted(name)).when().post(INTEGRATIONS).then().statusCode(400)
                .body("invalid-params.name", hasItem("kind"));
        admin().body("{\"name\": \"%s\", \"kind\": \"GRAFANA\", \"defaultService\": \"no-such-service\"}".formatted(name))
                .when().post(INTEGRATIONS).then().statusCode(400).body("invalid-params.name", contains("defaultService"));
        admin().body("{\"kind\": \"GRAFANA\"}").when().post(INTEGRATIONS).then().statusCode(400).body("invalid-params.name", contains("name"));
        admin().when().get(INTEGRATIONS + "/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        assertThat(count("select count(*) from integration where name = ?1", name)).isZero();
    }

    @Test
    void aRotatedKeyKeepsWorkingForTheOverlapBesideTheNewOneAndThenStops() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        JsonPath integration = create("ALERTMANAGER", "");
        String id = integration.getString("id");
        String oldKey = integration.getString("key");
        bearer(oldKey).body(webhook(alert(unique("fp"), ""))).when().post("/api/v1/alerts/alertmanager").then().statusCode(200);

        JsonPath rotated = admin().when().post(INTEGRATIONS + "/" + id + "/rotate").then().statusCode(200)
                .body("previousKeyExpiresAt", equalTo(t0.plus(Duration.ofDays(1)).toString())).extract().jsonPath();
        String newKey = rotated.getString("key");
        assertThat(newKey).startsWith("odk_").isNotEqualTo(oldKey);
        bearer(oldKey).body(webhook(alert(unique("fp"), ""))).when().post("/api/v1/alerts/alertmanager").then().statusCode(200);
        bearer(newKey).body(webhook(alert(unique("fp"), ""))).when().post("/api/v1/alerts/alertmanager").then().statusCode(200);

        clock.set(t0.plus(Duration.ofDays(1)).plusSeconds(1));
        String fp = unique("fp");
        bearer(oldKey).body(webhook(alert(fp, ""))).when().post("/api/v1/alerts/alertmanager").then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(count("select count(*) from monitored_alert where dedup_key = ?1", fp)).isZero();
        bearer(newKey).body(webhook(alert(fp, ""))).when().post("/api/v1/alerts/alertmanager").then().statusCode(200);

        entries("integration", id).body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].summary", containsString("key rotated")).body("items[0].summary", not(containsString(oldKey)));
        event(topic, id, "incident.integration-changed", e -> e.path("data").path("keyRotatedAt").asText().equals(t0.toString()));
    }

    @Test
    void revokingEndsEveryKeyAtOnceAndForGood() {
        JsonPath integration = create("PAGERDUTY_EVENTS", "");
        String id = integration.getString("id");
        String key = integration.getString("key");
        String newKey = admin().when().post(INTEGRATIONS + "/" + id + "/rotate").then().statusCode(200).extract().path("key");

        String revokedAt = admin().when().post(INTEGRATIONS + "/" + id + "/revoke").then().statusCode(200)
                .body("revokedAt", notNullValue()).extract().path("revokedAt");
        for (String any : List.of(key, newKey)) {
            given().contentType("application/json").body(pagerDutyTrigger(any, unique("dk"))).when().post("/v2/enqueue")
                    .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
        admin().when().post(INTEGRATIONS + "/" + id + "/rotate").then().statusCode(409).contentType("application/problem+json");
        admin().when().post(INTEGRATIONS + "/" + id + "/revoke").then().statusCode(200).body("revokedAt", equalTo(revokedAt));
        entries("integration", id).body("items.action", contains("UPDATED", "UPDATED", "CREATED"))
                .body("items[0].summary", containsString("revoked"));
        event(topic, id, "incident.integration-changed", e -> !e.path("data").path("revokedAt").isNull());
    }

    @Test
    void alertmanagerAuthenticatesWithABearerKeyOrTheKeyInThePathAndTheIntegrationsDefaultsApply() {
        String key = create("ALERTMANAGER", ", \"defaultService\": \"payroll-portal\", \"defaultCustomerOrg\": \"dept-of-revenue\"")
                .getString("key");
        String byHeader = bearer(key).body(webhook(alert(unique("fp"), ""))).when().post("/api/v1/alerts/alertmanager").then()
                .statusCode(200).body("results.outcome", contains("OPENED")).extract().path("results[0].incidentId");
        incident(byHeader).body("serviceIds", contains("payroll-portal")).body("customerOrg", equalTo("dept-of-revenue"))
                .body("source", equalTo("MONITORING"));

        String labelled = alert(unique("fp"), ", \"service\": \"email\", \"customer\": \"dept-of-health\"");
        String byPath = given().contentType("application/json").body(webhook(labelled))
                .when().post("/api/v1/alerts/alertmanager/" + key).then().statusCode(200)
                .body("results.outcome", contains("OPENED")).extract().path("results[0].incidentId");
        incident(byPath).body("serviceIds", contains("email")).body("customerOrg", equalTo("dept-of-health"));

        // a JWT keeps working, without defaults
        String byToken = as("prometheus", null, "monitoring").body(webhook(alert(unique("fp"), ""))).when()
                .post("/api/v1/alerts/alertmanager").then().statusCode(200).extract().path("results[0].incidentId");
        incident(byToken).body("customerOrg", nullValue());
    }

    /** Grafana's own example body of its webhook contact point (offsets in startsAt, values, valueString, links). */
    private static String grafana(String fingerprint) {
        return """
                {"receiver": "My Super Webhook", "status": "firing", "orgId": 1,
                 "alerts": [{"status": "firing",
                   "labels": {"alertname": "High memory usage", "team": "blue", "zone": "us-1"},
                   "annotations": {"description": "The system has high memory usage", "runbook_url": "https://myrunbook.com/runbook/1234",
                                   "summary": "This alert was triggered for zone us-1"},
                   "startsAt": "2021-10-12T09:51:03.157076+02:00", "endsAt": "0001-01-01T00:00:00Z",
                   "generatorURL": "https://play.grafana.org/alerting/1afz29v7z/edit", "fingerprint": "%s",
                   "silenceURL": "https://play.grafana.org/alerting/silence/new?alertmanager=grafana&matchers=alertname%%3DT2",
                   "dashboardURL": "", "panelURL": "", "values": {"B": 44.23943737541908, "C": 1},
                   "valueString": "[ var='B' labels={} value=44.23943737541908 ]", "imageURL": ""}],
                 "groupLabels": {}, "commonLabels": {"team": "blue"}, "commonAnnotations": {},
                 "externalURL": "https://play.grafana.org/", "version": "1", "groupKey": "{}:{}", "truncatedAlerts": 0,
                 "title": "[FIRING:1]  (blue)", "state": "alerting",
                 "message": "**Firing**\\n\\nValue: B=44.23943737541908, C=1"}""".formatted(fingerprint);
    }

    @Test
    void grafanasWebhookIsTakenAsGrafanaSendsItWithABearerKeyOrTheKeyInThePath() {
        String key = create("GRAFANA", ", \"defaultCustomerOrg\": \"dept-of-revenue\"").getString("key");
        String fp = unique("c6eadffa");
        String id = bearer(key).body(grafana(fp)).when().post("/api/v1/alerts/grafana").then().statusCode(200)
                .body("results.outcome", contains("OPENED")).body("results.dedupKey", contains(fp))
                .extract().path("results[0].incidentId");
        incident(id).body("summary", equalTo("This alert was triggered for zone us-1")).body("customerOrg", equalTo("dept-of-revenue"))
                .body("createdAt", equalTo("2021-10-12T07:51:03.157076Z"));
        given().contentType("application/json").body(grafana(fp)).when().post("/api/v1/alerts/grafana/" + key).then()
                .statusCode(200).body("results.outcome", contains("REDELIVERED")).body("results.incidentId", contains(id));
        assertThat(count("select count(*) from monitored_alert where dedup_key = ?1 and source = 'GRAFANA'", fp)).isEqualTo(1);
    }

    private static String pagerDutyTrigger(String routingKey, String dedupKey) {
        return """
                {"routing_key": "%s", "event_action": "trigger", "dedup_key": "%s",
                 "payload": {"summary": "Disk full on db-7", "source": "db-7.prod", "severity": "critical"}}"""
                .formatted(routingKey, dedupKey);
    }

    @Test
    void aPagerDutySenderAuthenticatesWithItsRoutingKeyAtPagerDutysPathAndAtTheAlertsPath() {
        String key = create("PAGERDUTY_EVENTS", ", \"defaultService\": \"data-warehouse\"").getString("key");
        String dedupKey = unique("dk");
        String id = given().contentType("application/json").body(pagerDutyTrigger(key, dedupKey)).when().post("/v2/enqueue")
                .then().statusCode(202).body("status", equalTo("success")).body("dedup_key", equalTo(dedupKey))
                .body("result.outcome", equalTo("OPENED")).extract().path("result.incidentId");
        incident(id).body("serviceIds", contains("data-warehouse")).body("severity", equalTo(1));
        given().contentType("application/json")
                .body("{\"routing_key\": \"%s\", \"event_action\": \"resolve\", \"dedup_key\": \"%s\"}".formatted(key, dedupKey))
                .when().post("/api/v1/alerts/events").then().statusCode(202).body("result.outcome", equalTo("RESOLVED"))
                .body("result.incidentId", equalTo(id));
    }

    @Test
    void aWrongKeyIsRefused401AndAKeyOfAnotherKindIsRefused403AndNeitherOpensAnything() {
        String wrong = IntegrationKey.mint().secret();
        String fp = unique("fp");
        bearer(wrong).body(webhook(alert(fp, ""))).when().post("/api/v1/alerts/alertmanager").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().contentType("application/json").body(webhook(alert(fp, ""))).when().post("/api/v1/alerts/alertmanager/" + wrong)
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(pagerDutyTrigger("R0123456789ABCDEF0123456789ABCDE", fp))
                .when().post("/v2/enqueue").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(pagerDutyTrigger(wrong, fp))
                .when().post("/api/v1/alerts/events").then().statusCode(401).contentType("application/problem+json");

        String pagerDutyKey = create("PAGERDUTY_EVENTS", "").getString("key");
        bearer(pagerDutyKey).body(webhook(alert(fp, ""))).when().post("/api/v1/alerts/alertmanager").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("PAGERDUTY_EVENTS"));
        String grafanaKey = create("GRAFANA", "").getString("key");
        given().contentType("application/json").body(pagerDutyTrigger(grafanaKey, fp)).when().post("/v2/enqueue")
                .then().statusCode(403).contentType("application/problem+json");
        bearer(grafanaKey).body("{\"source\": \"nagios\", \"dedupKey\": \"%s\", \"status\": \"FIRING\", \"summary\": \"x\"}".formatted(fp))
                .when().post("/api/v1/alerts").then().statusCode(403);
        // an integration key opens alert routes only
        bearer(grafanaKey).when().get("/api/v1/incidents").then().statusCode(403);
        assertThat(count("select count(*) from monitored_alert where dedup_key in (?1, ?2)", fp, "nagios/" + fp)).isZero();
    }

    @Test
    void aGenericSenderAuthenticatesWithABearerKey() {
        String key = create("GENERIC", ", \"defaultCustomerOrg\": \"dept-of-revenue\"").getString("key");
        String dedupKey = unique("dk");
        String id = bearer(key).body("{\"source\": \"nagios\", \"dedupKey\": \"%s\", \"status\": \"FIRING\", \"summary\": \"Backup failed\"}"
                        .formatted(dedupKey)).when().post("/api/v1/alerts").then().statusCode(202)
                .body("outcome", equalTo("OPENED")).extract().path("incidentId");
        incident(id).body("customerOrg", equalTo("dept-of-revenue"));
    }

    /** The test profile takes alerts in parts of 3 (opsdesk.incident.alerts.batch-size). */
    @Test
    void aGroupLargerThanOnePartIsTakenWholeAndABodyOverTheLimitIsRefusedWithAProblem() {
        String key = create("ALERTMANAGER", "").getString("key");
        String base = unique("fp");
        String alerts = IntStream.range(0, 7).mapToObj(i -> alert(base + "-" + i, "")).collect(Collectors.joining(","));
        bearer(key).body(webhook(alerts)).when().post("/api/v1/alerts/alertmanager").then().statusCode(200)
                .body("results.outcome", contains("OPENED", "OPENED", "OPENED", "OPENED", "OPENED", "OPENED", "OPENED"))
                .body("results.dedupKey", contains(base + "-0", base + "-1", base + "-2", base + "-3", base + "-4", base + "-5", base + "-6"));
        assertThat(count("select count(*) from monitored_alert where dedup_key like ?1", base + "-%")).isEqualTo(7);

        String huge = alert(unique("fp"), ", \"padding\": \"" + "x".repeat(1_100_000) + "\"");
        bearer(key).body(webhook(huge)).when().post("/api/v1/alerts/alertmanager").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
