package org.opsdesk.notification.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.platform.testing.Tokens;

/** CO-1: contacts and audience groups, loadable repeatably through PUT (the demo's seed files use this). */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class ContactAndAudienceResourceTest {

    @Test
    void aContactIsCreatedThenReplacedByPutAndListedByOrganisation() {
        String key = "riley-" + suffix();
        String org = "org-" + suffix();
        put("/api/v1/contacts/" + key, Map.of("name", "Riley", "email", "riley@agency.example", "organisation", org), 201)
                .header("Location", endsWith("/api/v1/contacts/" + key)).body("key", equalTo(key));
        put("/api/v1/contacts/" + key, Map.of("name", "Riley R.", "phone", "+1 405 555 0100", "organisation", org), 200)
                .body("name", equalTo("Riley R.")).body("email", equalTo(null)).body("phone", equalTo("+1 405 555 0100"));

        given().header("Authorization", Tokens.bearer("service-desk")).queryParam("organisation", org.toUpperCase())
                .when().get("/api/v1/contacts").then().statusCode(200)
                .body("total", equalTo(1)).body("items.key", contains(key));
        given().header("Authorization", Tokens.bearer("executive")).when().get("/api/v1/contacts/" + key)
                .then().statusCode(200).body("organisation", equalTo(org));
    }

    @Test
    void invalidContactsAreRefusedNamingTheFieldAndNothingIsStored() {
        String key = "bad-" + suffix();
        put("/api/v1/contacts/" + key, Map.of("name", "Nobody"), 400).body("invalid-params.name", hasItem("email"));
        put("/api/v1/contacts/" + key, Map.of("name", "X", "email", "not-an-email"), 400).body("invalid-params.name", hasItem("email"));
        put("/api/v1/contacts/" + key, Map.of("name", "X", "phone", "call me"), 400).body("invalid-params.name", hasItem("phone"));
        put("/api/v1/contacts/" + key, Map.of("name", "", "email", "x@y.example"), 400).body("invalid-params.name", hasItem("name"));
        put("/api/v1/contacts/" + key, Map.of("name", "X", "email", "x@y.example", "colour", "red"), 400)
                .body("invalid-params.name", hasItem("colour"));
        put("/api/v1/contacts/Not%20A%20Key", Map.of("name", "X", "email", "x@y.example"), 400)
                .body("invalid-params.name", hasItem("key"));
        given().header("Authorization", Tokens.bearer("admin")).when().get("/api/v1/contacts/" + key).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyRolesThatManageContactsMayChangeThemAndNothingChangesOtherwise() {
        String key = "guarded-" + suffix();
        put("/api/v1/contacts/" + key, Map.of("name", "Guarded", "email", "guarded@opsdesk.example"), 201);
        given().header("Authorization", Tokens.bearer("technician")).contentType("application/json")
                .body(Map.of("name", "Changed", "email", "changed@opsdesk.example"))
                .when().put("/api/v1/contacts/" + key).then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("name", "Changed", "email", "changed@opsdesk.example"))
                .when().put("/api/v1/contacts/" + key).then().statusCode(401);
        given().header("Authorization", Tokens.bearer("customer")).when().get("/api/v1/contacts").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("technician")).when().delete("/api/v1/contacts/" + key).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("admin")).when().get("/api/v1/contacts/" + key).then().statusCode(200)
                .body("name", equalTo("Guarded"));
    }

    @Test
    void aContactInAnAudienceCannotBeDeletedUntilItIsRemovedFromIt() {
        String contact = "member-" + suffix();
        String audience = "team-" + suffix();
        put("/api/v1/contacts/" + contact, Map.of("name", "Member", "email", "member@opsdesk.example"), 201);
        put("/api/v1/audiences/" + audience, Map.of("name", "Team", "communicator", "ITOCC", "channel", "EMAIL",
                "members", List.of(contact)), 201)
                .header("Location", endsWith("/api/v1/audiences/" + audience))
                .body("members", contains(contact)).body("inDefaultPlan", equalTo(false));

        given().header("Authorization", Tokens.bearer("communications")).when().delete("/api/v1/contacts/" + contact)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(audience));
        put("/api/v1/audiences/" + audience, Map.of("name", "Team", "communicator", "ITOCC", "channel", "EMAIL"), 200)
                .body("members", equalTo(List.of()));
        given().header("Authorization", Tokens.bearer("communications")).when().delete("/api/v1/contacts/" + contact)
                .then().statusCode(204);
        given().header("Authorization", Tokens.bearer("communications")).when().get("/api/v1/contacts/" + contact)
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("communications")).when().delete("/api/v1/audiences/" + audience)
                .then().statusCode(204);
        given().header("Authorization", Tokens.bearer("communications")).when().delete("/api/v1/audiences/" + audience)
                .then().statusCode(404);
    }

    @Test
    void audiencesAreListedInPlanOrderAndInvalidOnesAreRefused() {
        given().header("Authorization", Tokens.bearer("service-desk")).queryParam("size", 200).when().get("/api/v1/audiences")
                .then().statusCode(200)
                .body("items.key", hasItems("executive-updates", "leadership-text", "customer-bulletin", "status-page"))
                .body("items.findAll { it.inDefaultPlan }.channel", hasItems("EMAIL", "SMS", "BULK", "STATUS_PAGE"));
        String key = "invalid-" + suffix();
        put("/api/v1/audiences/" + key, Map.of("name", "Bulk", "communicator", "Desk", "channel", "BULK"), 400)
                .body("invalid-params.name", hasItem("topics"));
        put("/api/v1/audiences/" + key, Map.of("name", "X", "communicator", "Desk", "channel", "EMAIL",
                "members", List.of("nobody-" + suffix())), 400).body("invalid-params.name", hasItem("members"));
        put("/api/v1/audiences/" + key, Map.of("name", "X", "communicator", "Desk", "channel", "WEBHOOK",
                "webhookUrl", "ftp://example"), 400).body("invalid-params.name", hasItem("webhookUrl"));
        put("/api/v1/audiences/" + key, Map.of("name", "X", "channel", "EMAIL"), 400)
                .body("invalid-params.name", hasItem("communicator"));
        given().header("Authorization", Tokens.bearer("service-desk")).contentType("application/json")
                .body(Map.of("name", "X", "communicator", "Desk", "channel", "EMAIL"))
                .when().put("/api/v1/audiences/" + key).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("admin")).when().get("/api/v1/audiences/" + key).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("admin")).queryParam("size", 500).when().get("/api/v1/audiences")
                .then().statusCode(400).body("invalid-params.name", everyItem(containsString("size")));
    }

    private static ValidatableResponse put(String path, Map<String, Object> body, int status) {
        ValidatableResponse response = given().header("Authorization", Tokens.bearer("communications")).contentType("application/json")
                .body(body).when().put(path).then().statusCode(status);
        assertThat(response.extract().contentType()).startsWith(status < 300 ? "application/json" : "application/problem+json");
        return response;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
