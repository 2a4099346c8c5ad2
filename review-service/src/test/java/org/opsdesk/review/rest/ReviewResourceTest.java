package org.opsdesk.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.opsdesk.review.support.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.review.support.Db;
import org.opsdesk.review.support.Fixtures;
import org.opsdesk.review.support.Topics;

/** Reading, filtering and editing reviews with their change history (RV-1, RV-2), and the report (RV-3). */
@QuarkusTest
class ReviewResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Db db;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @Test
    void listsFilterByOverdueTypeAndOpeningTime() {
        String from = Instant.now().minusSeconds(1).toString();
        String late = fixtures.aar(Instant.parse("2026-01-05T16:00:00Z"));
        String recent = fixtures.aar(Instant.now());
        String to = Instant.now().plusSeconds(1).toString();

        List<String> overdue = as("executive").queryParam("overdue", "true").queryParam("type", "AAR")
                .queryParam("from", from).queryParam("to", to).queryParam("size", 200)
                .when().get("/api/v1/reviews").then().statusCode(200)
                .body("items.overdue", everyItem(equalTo(true)))
                .extract().path("items.id");
        assertThat(overdue).contains(late).doesNotContain(recent);
        List<String> onTime = as("executive").queryParam("overdue", "false").queryParam("from", from).queryParam("size", 200)
                .when().get("/api/v1/reviews").then().statusCode(200).extract().path("items.id");
        assertThat(onTime).contains(recent).doesNotContain(late);
        as("executive").queryParam("type", "PIR").queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/reviews").then().statusCode(200).body("items.id", not(hasItem(late)));
        as("executive").queryParam("from", "2000-01-01").queryParam("to", "2000-01-02")
                .when().get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theAarOfAMajorIncidentAndThePirOfTheSeverityOneIncidentThatBecameItLinkToEachOther() {
        String aar = fixtures.aar(Instant.now());
        String incident = as("executive").when().get("/api/v1/reviews/" + aar).then().statusCode(200)
                .extract().path("incidentIds[0]");
        String pir = as("executive").queryParam("incidentId", incident).queryParam("type", "PIR")
                .when().get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");

        as("executive").when().get("/api/v1/reviews/" + aar).then().statusCode(200)
                .body("relatedReviews.id", org.hamcrest.Matchers.contains(pir))
                .body("relatedReviews[0].type", equalTo("PIR"));
        as("executive").when().get("/api/v1/reviews/" + pir).then().statusCode(200)
                .body("relatedReviews.id", org.hamcrest.Matchers.contains(aar))
                .body("relatedReviews[0].type", equalTo("AAR"));
    }

    @Test
    void invalidFiltersAreNamed() {
        as("executive").queryParam("overdue", "maybe").when().get("/api/v1/reviews")
                .then().statusCode(400).contentType("application/problem+json").body("invalid-params.name", hasItem("overdue"));
        as("executive").queryParam("type", "RCA").when().get("/api/v1/reviews")
                .then().statusCode(400).body("invalid-params.name", hasItem("type"));
        as("executive").queryParam("majorIncidentId", "42").when().get("/api/v1/reviews")
                .then().statusCode(400).body("invalid-params.name", hasItem("majorIncidentId"));
        as("executive").queryParam("from", "yesterday").when().get("/api/v1/reviews")
                .then().statusCode(400).body("invalid-params.name", hasItem("from"));
        as("executive").queryParam("size", 500).when().get("/api/v1/reviews").then().statusCode(400);
        io.restassured.RestAssured.given().when().get("/api/v1/reviews").then().statusCode(401);
        as("monitoring").when().get("/api/v1/reviews").then().statusCode(403);
    }

    @Test
    void everyEditIsAVersionWithAuthorDateAndWhatChanged() {
        String id = fixtures.aar(Instant.now());
        String base = "/api/v1/reviews/" + id;
        String etag = as("technician").when().get(base).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        as("technician").header("If-Match", etag).body("{\"content\": \"Disk controller firmware bug.\"}")
                .when().put(base + "/sections/root-cause")
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2))
                .body("sections.find { it.key == 'ROOT_CAUSE' }.content", equalTo("Disk controller firmware bug."));
        // a stale version is refused and changes nothing
        as("technician").header("If-Match", etag).body("{\"content\": \"Something else.\"}")
                .when().put(base + "/sections/root-cause")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://opsdesk.local/problems/stale-version")).body("context.currentVersion", equalTo(2));
        as("technician").body("{\"content\": \"x\", \"colour\": \"red\"}").when().put(base + "/sections/summary")
                .then().statusCode(400).body("invalid-params.name", hasItem("colour"));
        as("technician").body("{}").when().put(base + "/sections/summary")
                .then().statusCode(400).body("invalid-params.name", hasItem("content"));
        as("technician").body("{\"content\": \"x\"}").when().put(base + "/sections/horoscope").then().statusCode(404);
        as("executive").body("{\"content\": \"x\"}").when().put(base + "/sections/summary").then().statusCode(403);
        as("strategic-initiatives").body("{\"name\": \"Sam Strategist\", \"email\": \"sam@opsdesk.example\"}")
                .when().put(base + "/owner").then().statusCode(200).body("owner.name", equalTo("Sam Strategist"));

        as("executive").when().get(base + "/versions").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].number", equalTo(3))
                .body("items[0].change", equalTo("owner set to Sam Strategist"))
                .body("items[1].number", equalTo(2))
                .body("items[1].author", equalTo("technician-user"))
                .body("items[1].change", equalTo("Root cause analysis written"))
                .body("items[1].section", equalTo("ROOT_CAUSE"))
                .body("items[1].content", equalTo("Disk controller firmware bug."))
                .body("items[2].change", startsWith("opened"));
        as("executive").when().get(base).then().statusCode(200)
                .body("sections.find { it.key == 'ROOT_CAUSE' }.content", equalTo("Disk controller firmware bug."));
        assertThat(Topics.events(topic, id, "review.section-edited", 1)).singleElement().asString()
                .contains("\"section\":\"ROOT_CAUSE\"", "\"content\":\"Disk controller firmware bug.\"", "\"version\":2");
        assertThat(Topics.events(topic, id, "review.owner-assigned", 1)).singleElement().asString()
                .contains("\"owner\":{\"name\":\"Sam Strategist\",\"email\":\"sam@opsdesk.example\"}", "\"version\":3");
        as("executive").when().get("/api/v1/reviews/" + UUID.randomUUID() + "/versions").then().statusCode(404);
        as("executive").when().get("/api/v1/reviews/not-a-uuid").then().statusCode(404);
    }

    @Test
    void theReportIsMarkdownOrHtmlByContentNegotiation() {
        String id = fixtures.aar(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String base = "/api/v1/reviews/" + id;
        as("technician").body("{\"content\": \"Replace the *firmware* <script>alert(1)</script>\"}")
                .when().put(base + "/sections/root-cause").then().statusCode(200);

        String markdown = as("executive").accept("text/markdown").when().get(base + "/report")
                .then().statusCode(200).contentType(startsWith("text/markdown")).extract().asString();
        assertThat(markdown).startsWith("# ").contains("After Action Review", "## Root cause analysis",
                "Replace the *firmware*", "- **Coordinator:** Maria Coordinator", "## Timeline");
        as("executive").accept("text/html").when().get(base + "/report")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h2>Root cause analysis</h2>"))
                .body(containsString("<em>firmware</em>"))
                .body(not(containsString("<script>")));
        String preliminary = as("executive").accept("text/markdown").queryParam("kind", "PRELIMINARY")
                .when().get(base + "/report").then().statusCode(200).extract().asString();
        assertThat(preliminary).contains("Preliminary report").doesNotContain("## Root cause analysis");
        as("executive").accept("application/pdf").when().get(base + "/report").then().statusCode(406).contentType("application/problem+json");
        as("executive").accept("text/markdown").queryParam("kind", "INTERIM").when().get(base + "/report").then().statusCode(400);
        as("executive").accept("text/markdown").when().get("/api/v1/reviews/" + UUID.randomUUID() + "/report").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheReviewApi() {
        io.restassured.RestAssured.given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/reviews/{id}/deliverables/{kind}/approve"))
                .body(containsString("/api/v1/reviews/{id}/report"))
                .body(containsString("/api/v1/closure-days"))
                .body(containsString("/api/v1/metrics"));
    }
}
