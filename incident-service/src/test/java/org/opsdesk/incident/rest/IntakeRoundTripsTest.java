package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.opsdesk.incident.RoundTrips;

/**
 * The round trips to PostgreSQL of one intake (issue 16), counted on the wire: the incident (its number drawn by the
 * insert), its history line, the duplicate search, its event, the known-error search, the commit; reference data
 * comes from memory. An Idempotency-Key adds its claim and the link to the incident it opened.
 */
@QuarkusTest
class IntakeRoundTripsTest {

    @Test
    void oneIntakeTakesAFixedNumberOfRoundTrips() {
        post(desk());   // the first loads the reference data and prepares the statements
        try (RoundTrips trips = RoundTrips.start()) {
            post(desk());
            System.out.printf("one intake: %d round trips: %s%n", trips.count(), trips.statements());
            assertThat(trips.count()).as("round trips of %s", trips.statements()).isEqualTo(6);
        }
    }

    @Test
    void anIntakeWithAnIdempotencyKeyTakesTwoMore() {
        post(desk().header("Idempotency-Key", unique("warm")));
        try (RoundTrips trips = RoundTrips.start()) {
            post(desk().header("Idempotency-Key", unique("key")));
            System.out.printf("one intake with a key: %d round trips: %s%n", trips.count(), trips.statements());
            assertThat(trips.count()).as("round trips of %s", trips.statements()).isEqualTo(8);
        }
    }

    private static void post(RequestSpecification as) {
        as.body("""
                        {"source": "PHONE", "summary": "%s printer 12 jammed on floor 7", "severity": 3, "serviceIds": ["email"]}"""
                        .formatted(unique("Acme")))
                .when().post("/api/v1/incidents").then().statusCode(201);
    }
}
