package org.opsdesk.incident.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.OpenApiRules;

/** PL-5: the served OpenAPI document keeps the rules of docs/problems.md for every operation of the service. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void everyOperationHasAnOperationIdATypedAnswerAndItsProblems() {
        OpenApiRules.assertKept(OpenApiRules.served());
    }

    @Test
    void answersAreDocumentedAsTheyAreSent() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/incidents'.post.responses.'201'.headers", hasKey("Location"))
                .body("paths.'/api/v1/alerts'.post.responses", hasKey("202"))
                .body("paths.'/api/v1/alerts'.post.responses", hasKey("429"))
                .body("components.schemas.IncidentView.properties.assignee.type", hasItems("string", "null"))
                .body("components.schemas.IncidentView.properties.resolution.anyOf.type", hasItem("null"))
                .body("components.schemas.IncidentView.required", hasItems("id", "status", "version"))
                .body("components.schemas.ProblemDetails.properties.type.enum",
                        hasItems("https://opsdesk.local/problems/illegal-transition", "https://opsdesk.local/problems/stale-version"));
    }
}
