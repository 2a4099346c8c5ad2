package org.opsdesk.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.opsdesk.review.support.Fixtures.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.time.BusinessCalendar;
import org.opsdesk.review.support.Fixtures;
import org.opsdesk.review.support.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** RV-5: closure days added by API are not business days, and open deadlines move with them. */
@QuarkusTest
class ClosureDayResourceTest {

    private static final String MONDAY = "2026-11-30";

    @TestHTTPResource("/api/v1/closure-days")
    URI closureDays;

    @Inject
    Fixtures fixtures;

    @Inject
    BusinessCalendar calendar;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void removeTheClosureDay() {
        as("admin").when().delete("/api/v1/closure-days/" + MONDAY);
    }

    @Test
    void theServiceCalendarHasOklahomaHolidaysAndTheClosureDaysOfTheApi() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 27))).as("day after Thanksgiving (Oklahoma)").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 24))).as("Christmas Eve (Oklahoma)").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.parse(MONDAY))).isTrue();
        as("admin").body("{\"date\": \"" + MONDAY + "\", \"reason\": \"Ice storm: state offices closed\"}")
                .when().post("/api/v1/closure-days").then().statusCode(201);
        assertThat(calendar.isBusinessDay(LocalDate.parse(MONDAY))).isFalse();
    }

    @Test
    void addingAndRemovingAClosureDayMovesOpenDeadlines() {
        String id = fixtures.aar(Instant.parse("2026-11-25T20:00:00Z"));
        String review = "/api/v1/reviews/" + id;
        as("executive").when().get(review).then().body("deliverables[0].dueAt", equalTo("2026-12-01T23:00:00Z"));

        as("admin").body("{\"date\": \"" + MONDAY + "\", \"reason\": \"Ice storm: state offices closed\"}")
                .when().post("/api/v1/closure-days")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/closure-days/" + MONDAY))
                .body("reason", equalTo("Ice storm: state offices closed"))
                .body("createdBy", equalTo("admin-user"));
        as("executive").when().get(review).then()
                .body("deliverables[0].dueAt", equalTo("2026-12-02T23:00:00Z"))
                .body("deliverables[0].remindAt", equalTo("2026-12-01T23:00:00Z"))
                .body("deliverables[1].dueAt", equalTo("2026-12-07T23:00:00Z"));
        as("executive").when().get(review + "/versions").then()
                .body("items.change", hasItem("Preliminary report now due 2026-12-02 17:00 CST (closure day " + MONDAY + " added)"));
        as("executive").queryParam("from", "2026-11-01").queryParam("to", "2026-12-31")
                .when().get("/api/v1/closure-days").then().statusCode(200).body("date", hasItem(MONDAY));

        as("admin").when().delete("/api/v1/closure-days/" + MONDAY).then().statusCode(204);
        as("executive").when().get(review).then().body("deliverables[0].dueAt", equalTo("2026-12-01T23:00:00Z"));
    }

    @Test
    void addingAndRemovingAClosureDayArePublishedKeyedByTheDate() {
        String day = LocalDate.of(2100, 1, 1).plusDays(new java.util.Random().nextInt(300_000)).toString();
        as("admin").body("{\"date\": \"" + day + "\", \"reason\": \"Flood: offices closed\"}")
                .when().post("/api/v1/closure-days").then().statusCode(201);
        as("admin").when().delete("/api/v1/closure-days/" + day).then().statusCode(204);
        assertThat(Topics.events(topic, day, "review.closure-day-added", 1)).singleElement().asString()
                .contains("\"reason\":\"Flood: offices closed\"", "\"by\":\"admin-user\"");
        assertThat(Topics.events(topic, day, "review.closure-day-removed", 1)).hasSize(1);
    }

    @Test
    void duplicatesInvalidDatesAndOtherRolesAreRefused() {
        String body = "{\"date\": \"" + MONDAY + "\", \"reason\": \"Ice storm\"}";
        as("admin").body(body).when().post("/api/v1/closure-days").then().statusCode(201);
        as("admin").body(body).when().post("/api/v1/closure-days").then().statusCode(409).contentType("application/problem+json");
        as("admin").body("{\"date\": \"30/11/2026\", \"reason\": \"x\"}").when().post("/api/v1/closure-days")
                .then().statusCode(400).body("invalid-params.name", hasItem("date"));
        as("admin").body("{\"date\": \"2026-12-01\"}").when().post("/api/v1/closure-days")
                .then().statusCode(400).body("invalid-params.name", hasItem("reason"));
        as("technician").body("{\"date\": \"2026-12-01\", \"reason\": \"x\"}").when().post("/api/v1/closure-days").then().statusCode(403);
        as("technician").when().delete("/api/v1/closure-days/" + MONDAY).then().statusCode(403);
        as("admin").when().delete("/api/v1/closure-days/2026-12-01").then().statusCode(404);
        as("executive").queryParam("from", "someday").when().get("/api/v1/closure-days").then().statusCode(400);
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 1))).isTrue();
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJsonAndChangesNothing() {
        String reason = "x".repeat(1024 * 1024);
        as("admin").body("{\"date\": \"" + MONDAY + "\", \"reason\": \"" + reason + "\"}")
                .when().post("/api/v1/closure-days")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(calendar.isBusinessDay(LocalDate.parse(MONDAY))).isTrue();
    }

    /** A body sent chunked (no Content-Length) is held to the same limit, and one within it is read as usual. */
    @Test
    void aChunkedBodyOverTheLimitIs413ProblemJsonAndOneWithinItIsRead() throws Exception {
        HttpResponse<String> tooLarge = postChunked("{\"date\": \"" + MONDAY + "\", \"reason\": \"" + "x".repeat(1024 * 1024) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(tooLarge.body()).contains("\"status\":413");
        assertThat(calendar.isBusinessDay(LocalDate.parse(MONDAY))).isTrue();

        HttpResponse<String> read = postChunked("{\"date\": \"not-a-date\", \"reason\": \"Ice storm\"}");
        assertThat(read.statusCode()).isEqualTo(400);
        assertThat(read.body()).contains("date");
    }

    private HttpResponse<String> postChunked(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(closureDays).header("Authorization", Tokens.bearer("admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
