package org.opsdesk.notification.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.platform.testing.OpenApiRules;

/** PL-5: the served OpenAPI document keeps the rules of docs/problems.md for every operation of the service. */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class OpenApiContractTest {

    @Test
    void everyOperationHasAnOperationIdATypedAnswerAndItsProblems() {
        OpenApiRules.assertKept(OpenApiRules.served());
    }
}
