package org.opsdesk.review.rest;

import static io.restassured.RestAssured.given;
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
    void aStaleIfMatchIsDocumentedAs412() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/reviews/{id}/sections/{section}'.put.responses", hasKey("412"))
                .body("paths.'/api/v1/reviews/{id}/sections/{section}'.put.responses.'200'.headers", hasKey("ETag"));
    }
}
