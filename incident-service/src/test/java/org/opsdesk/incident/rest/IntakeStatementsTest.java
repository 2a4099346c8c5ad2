package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.opsdesk.incident.SqlStatements;

/**
 * The SQL statements of one intake (issue 16), counted on the wire: the incident (its number drawn by the insert), its
 * history line, the duplicate search, its event, the known-error search, COMMIT (BEGIN travels with the first, so
 * each is one round trip); reference data comes from memory. An Idempotency-Key adds its claim and the link to the
 * incident it opened.
 */
@QuarkusTest
class IntakeStatementsTest {

    /** Requests before counting: the first loads the reference data; the driver prepares a statement on its fifth use. */
    private static final int PREPARED_AFTER = 6;

    @Test
    void oneIntakeSendsSixStatements() {
        for (int i = 0; i < PREPARED_AFTER; i++) {
            post(desk());
        }
        try (SqlStatements sql = SqlStatements.start()) {
            post(desk());
            System.out.printf("one intake: %d statements: %s%n", sql.count(), sql.statements());
            assertThat(sql.count()).as("statements of %s", sql.statements()).isEqualTo(6);
        }
    }

    @Test
    void anIntakeWithAnIdempotencyKeySendsTwoMore() {
        for (int i = 0; i < PREPARED_AFTER; i++) {
            post(desk().header("Idempotency-Key", unique("warm")));
        }
        try (SqlStatements sql = SqlStatements.start()) {
            post(desk().header("Idempotency-Key", unique("key")));
            System.out.printf("one intake with a key: %d statements: %s%n", sql.count(), sql.statements());
            assertThat(sql.count()).as("statements of %s", sql.statements()).isEqualTo(8);
        }
    }

    private static void post(RequestSpecification as) {
        as.body("""
                        {"source": "PHONE", "summary": "%s printer 12 jammed on floor 7", "severity": 3, "serviceIds": ["email"]}"""
                        .formatted(unique("Acme")))
                .when().post("/api/v1/incidents").then().statusCode(201);
    }
}
