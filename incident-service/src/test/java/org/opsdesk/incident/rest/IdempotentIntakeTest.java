package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.unique;

import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.incident.IncidentApi;
import org.opsdesk.incident.application.IncidentService;
import org.opsdesk.platform.testing.AdjustableClock;

/** POST /incidents with an Idempotency-Key: a client may retry a request whose answer it lost, without a second incident. */
@QuarkusTest
class IdempotentIntakeTest {

    @Inject
    EntityManager em;
    @Inject
    IncidentService incidents;
    @Inject
    AdjustableClock clock;
    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstIncidentAndOpensNoOther() {
        String summary = unique("Mail relay rejects every message");
        String key = unique("retry");
        Response first = post(desk(), key, body(summary, 2));
        Response retry = post(desk(), key, body(summary, 2));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getString("number")).isEqualTo(first.jsonPath().getString("number"));
        assertThat(incidentsWithSummary(summary)).isEqualTo(1);
        String id = first.jsonPath().getString("id");
        assertThat(IncidentApi.events(topic, id, "incident.created", 1)).hasSize(1);
    }

    @Test
    void concurrentRetriesWithOneKeyOpenOneIncident() throws Exception {
        String summary = unique("Badge readers offline");
        String key = unique("storm");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> posts = IntStream.range(0, 8)
                    .<Callable<Response>>mapToObj(i -> () -> post(desk(), key, body(summary, 3))).toList();
            List<Response> answers = pool.invokeAll(posts).stream().map(IdempotentIntakeTest::get).toList();
            assertThat(answers).extracting(Response::statusCode).containsOnly(201);
            assertThat(answers).extracting(r -> r.jsonPath().getString("id")).containsOnly(answers.get(0).jsonPath().getString("id"));
            assertThat(answers).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(incidentsWithSummary(summary)).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefusedAndChangesNothing() {
        String summary = unique("VPN drops every hour");
        String key = unique("reused");
        post(desk(), key, body(summary, 3)).then().statusCode(201);

        post(desk(), key, body(summary, 2)).then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", contains("Idempotency-Key"));
        post(desk(), key, body(summary + " again", 3)).then().statusCode(400);
        assertThat(incidentsWithSummary(summary)).isEqualTo(1);
        assertThat(incidentsWithSummary(summary + " again")).isZero();
    }

    @Test
    void keysBelongToTheCallerWhoUsedThem() {
        String summary = unique("Printer queue stuck");
        String key = unique("shared");
        post(desk(), key, body(summary, 4)).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        post(as("kim.desk", null, "service-desk"), key, body(summary, 4)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        assertThat(incidentsWithSummary(summary)).isEqualTo(2);
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIsRefused() {
        String summary = unique("Key checks");
        for (String bad : List.of("with space", "x".repeat(256), "caf\u00e9", "tab\there")) {
            post(desk(), bad, body(summary, 4)).then().statusCode(400).contentType("application/problem+json")
                    .body("invalid-params[0].name", equalTo("Idempotency-Key"));
        }
        assertThat(incidentsWithSummary(summary)).isZero();
    }

    @Test
    void aKeyIsForgottenAfterItsRetention() {
        String summary = unique("Kiosk frozen");
        String key = unique("old");
        post(desk(), key, body(summary, 4)).then().statusCode(201);
        incidents.forgetIdempotencyKeys(clock.instant().plus(Duration.ofDays(6)));
        post(desk(), key, body(summary, 4)).then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));

        incidents.forgetIdempotencyKeys(clock.instant().plus(Duration.ofDays(8)));
        post(desk(), key, body(summary, 4)).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertThat(incidentsWithSummary(summary)).isEqualTo(2);
    }

    private static Response post(io.restassured.specification.RequestSpecification as, String key, String body) {
        return as.header("Idempotency-Key", key).body(body).when().post("/api/v1/incidents");
    }

    private static String body(String summary, int severity) {
        return """
                {"source": "PHONE", "summary": "%s", "severity": %d, "customerOrg": "dept-of-revenue"}
                """.formatted(summary, severity);
    }

    private long incidentsWithSummary(String summary) {
        return ((Number) em.createNativeQuery("select count(*) from incident where summary = ?1").setParameter(1, summary)
                .getSingleResult()).longValue();
    }

    private static Response get(Future<Response> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
