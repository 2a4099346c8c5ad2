package org.opsdesk.major.rest;

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
}
