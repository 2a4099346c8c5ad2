package org.opsdesk.review.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.opsdesk.review.support.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.review.support.Db;
import org.opsdesk.review.support.Fixtures;
import org.opsdesk.review.support.Flows;
import org.opsdesk.review.support.Topics;

/** RV-4: action items tracked to completion; a review closes only when none is open without a deferral. */
@QuarkusTest
class ActionItemResourceTest {

    private static final String ITEM = """
            {"title": "Add a second database replica", "owner": {"name": "Dana Database", "email": "dana@opsdesk.example"},
             "dueDate": "2026-12-18", "externalTicket": {"key": "CHG-0042", "url": "https://itsm.opsdesk.example/CHG-0042"}}
            """;

    @Inject
    Fixtures fixtures;

    @Inject
    Db db;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @Test
    void anActionItemIsCreatedThenCompletedOrCancelledWithAReason() {
        String id = fixtures.aar(Instant.now());
        String items = "/api/v1/reviews/" + id + "/action-items";
        String location = as("technician").body(ITEM).when().post(items)
                .then().statusCode(201)
                .header("Location", containsString(items + "/"))
                .body("status", equalTo("OPEN"))
                .body("dueAt", equalTo("2026-12-18T23:00:00Z"))
                .body("externalTicket.key", equalTo("CHG-0042"))
                .body("owner.email", equalTo("dana@opsdesk.example"))
                .extract().header("Location");
        String itemId = location.substring(location.lastIndexOf('/') + 1);

        as("technician").when().post(items + "/" + itemId + "/complete")
                .then().statusCode(200).body("status", equalTo("DONE")).body("completedBy", equalTo("technician-user"));
        as("technician").when().post(items + "/" + itemId + "/complete")
                .then().statusCode(409).body("context.state", equalTo("DONE")).body("context.allowedCommands", empty());

        String other = as("technician").body(ITEM).when().post(items).then().statusCode(201).extract().path("id");
        as("technician").body("{}").when().post(items + "/" + other + "/cancel")
                .then().statusCode(400).body("invalid-params.name", hasItem("reason"));
        as("technician").body("{\"reason\": \"Superseded by the datacentre move\"}").when().post(items + "/" + other + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Superseded by the datacentre move"));

        as("executive").when().get(items).then().statusCode(200).body("status", org.hamcrest.Matchers.contains("DONE", "CANCELLED"));
        assertThat(Topics.events(topic, id, "review.action-item-created", 2)).hasSize(2);
        assertThat(Topics.events(topic, id, "review.action-item-completed", 1)).hasSize(1);
        assertThat(Topics.events(topic, id, "review.action-item-cancelled", 1).get(0)).contains("Superseded by the datacentre move");
    }

    @Test
    void invalidItemsAndForeignCallersAreRefusedAndNothingIsStored() {
        String id = fixtures.aar(Instant.now());
        String items = "/api/v1/reviews/" + id + "/action-items";
        UUID review = UUID.fromString(id);
        as("technician").body("{\"owner\": {\"name\": \"Dana\", \"email\": \"not-an-email\"}, \"dueDate\": \"2026-12-18\","
                        + " \"externalTicket\": {\"url\": \"javascript:alert(1)\"}}")
                .when().post(items).then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", hasItem("title"))
                .body("invalid-params.name", hasItem("owner.email"))
                .body("invalid-params.name", hasItem("externalTicket.url"));
        as("technician").body("{\"title\": \"x\", \"owner\": {\"name\": \"Dana\"}, \"dueDate\": \"18/12/2026\"}")
                .when().post(items).then().statusCode(400).body("invalid-params.name", hasItem("dueDate"));
        as("executive").body(ITEM).when().post(items).then().statusCode(403);
        as("technician").body(ITEM).when().post("/api/v1/reviews/" + UUID.randomUUID() + "/action-items").then().statusCode(404);
        as("technician").when().post(items + "/" + UUID.randomUUID() + "/complete").then().statusCode(404);
        assertThat(db.count("select count(*) from action_item where review_id = ?1", review)).isZero();
    }

    @Test
    void aReviewClosesOnlyOnceItsOpenItemsAreDoneCancelledOrDeferred() {
        String id = fixtures.aar(Instant.now());
        String base = "/api/v1/reviews/" + id;
        as("strategic-initiatives").when().post(base + "/close")
                .then().statusCode(409).body("detail", containsString("not every deliverable is distributed"));
        Flows.distribute(id, "PRELIMINARY");
        Flows.distribute(id, "FINAL");
        String item = as("technician").body(ITEM).when().post(base + "/action-items").then().statusCode(201).extract().path("id");

        as("strategic-initiatives").body("{\"note\": \"done\"}").when().post(base + "/close")
                .then().statusCode(409).body("detail", containsString("1 action item(s) are open"));
        as("executive").when().get(base).then().body("status", equalTo("OPEN"));

        as("technician").body("{\"reason\": \"Planned for the Q2 hardware refresh\"}")
                .when().post(base + "/action-items/" + item + "/defer")
                .then().statusCode(200).body("status", equalTo("OPEN"))
                .body("deferral.reason", equalTo("Planned for the Q2 hardware refresh"));
        assertThat(Topics.events(topic, id, "review.action-item-deferred", 1).get(0))
                .contains(item, "\"reason\":\"Planned for the Q2 hardware refresh\"");
        as("strategic-initiatives").body("{\"note\": \"Follow-up tracked in CHG-0042\"}").when().post(base + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedBy", equalTo("strategic-initiatives-user"))
                .body("allowedCommands", empty());
        assertThat(Topics.events(topic, id, "review.closed", 1)).hasSize(1);

        as("technician").body(ITEM).when().post(base + "/action-items").then().statusCode(409);
        as("strategic-initiatives").when().post(base + "/close").then().statusCode(409).body("context.state", equalTo("CLOSED"));
        // the deferred item is still tracked to completion after the review closed
        as("technician").when().post(base + "/action-items/" + item + "/complete").then().statusCode(200).body("status", equalTo("DONE"));
    }

    @Test
    void itemsOfEveryReviewCanBeTrackedByOwnerAndOverdue() {
        String owner = "owner-" + UUID.randomUUID() + "@opsdesk.example";
        String first = fixtures.aar(Instant.now());
        String second = fixtures.aar(Instant.now());
        String late = as("technician").body("{\"title\": \"Late\", \"owner\": {\"name\": \"Olive\", \"email\": \"" + owner
                + "\"}, \"dueDate\": \"2026-01-05\"}").when().post("/api/v1/reviews/" + first + "/action-items")
                .then().statusCode(201).extract().path("id");
        as("technician").body("{\"title\": \"Later\", \"owner\": {\"name\": \"Olive\", \"email\": \"" + owner
                + "\"}, \"dueDate\": \"2099-01-05\"}").when().post("/api/v1/reviews/" + second + "/action-items")
                .then().statusCode(201);

        as("executive").queryParam("owner", owner.toUpperCase()).when().get("/api/v1/action-items")
                .then().statusCode(200).body("total", equalTo(2)).body("items.title", org.hamcrest.Matchers.contains("Late", "Later"));
        as("executive").queryParam("owner", owner).queryParam("overdue", "true").when().get("/api/v1/action-items")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(late))
                .body("items[0].reviewId", equalTo(first)).body("items[0].overdue", equalTo(true));
        as("executive").queryParam("owner", owner).queryParam("status", "DONE").when().get("/api/v1/action-items")
                .then().statusCode(200).body("total", equalTo(0));
        as("executive").queryParam("status", "FINISHED").when().get("/api/v1/action-items")
                .then().statusCode(400).body("invalid-params.name", hasItem("status"));
        as("customer").when().get("/api/v1/action-items").then().statusCode(403);
    }

    @Test
    void anOpenItemCanBeReplannedAndTheChangeIsInTheHistory() {
        String id = fixtures.aar(Instant.now());
        String items = "/api/v1/reviews/" + id + "/action-items";
        String item = as("technician").body(ITEM).when().post(items).then().statusCode(201).extract().path("id");
        as("technician").body("""
                {"title": "Add a second database replica", "owner": {"name": "Sam Storage", "email": "sam@opsdesk.example"},
                 "dueDate": "2027-01-15"}
                """).when().put(items + "/" + item)
                .then().statusCode(200)
                .body("owner.name", equalTo("Sam Storage"))
                .body("dueDate", equalTo("2027-01-15"))
                .body("dueAt", equalTo("2027-01-15T23:00:00Z"))
                .body("externalTicket", org.hamcrest.Matchers.nullValue());
        as("executive").when().get("/api/v1/reviews/" + id + "/versions").then()
                .body("items[0].change", equalTo("action item updated: Add a second database replica, owner Sam Storage, due 2027-01-15"));
        assertThat(Topics.events(topic, id, "review.action-item-updated", 1).get(0))
                .contains("\"name\":\"Sam Storage\"", "\"dueDate\":\"2027-01-15\"", "\"by\":\"technician-user\"");
        as("technician").body("{\"title\": \"\"}").when().put(items + "/" + item)
                .then().statusCode(400).body("invalid-params.name", hasItem("title"));
        as("technician").when().post(items + "/" + item + "/complete").then().statusCode(200);
        as("technician").body(ITEM).when().put(items + "/" + item).then().statusCode(409).body("context.state", equalTo("DONE"));
        assertThat(Topics.settled(topic, id, "review.action-item-updated", java.time.Duration.ofSeconds(1)))
                .as("refused edits publish nothing").hasSize(1);
        as("executive").when().get(items + "/" + item).then().statusCode(200).body("dueDate", equalTo("2027-01-15"));
    }
}
