package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.opsdesk.platform.testing.ChangeLogApi.entries;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.ApiTest;
import org.opsdesk.major.Fixtures;
import org.opsdesk.platform.testing.ChangeLogApi;

/** Every change of a roster shift names who made it and when, in the change log (issue 9). */
@QuarkusTest
class ChangeLogTest extends ApiTest {

    private static String shift(String name, Instant from, Instant to) {
        return """
                {"dutyRole": "DUTY_MANAGER", "name": "%s", "email": "duty@example.org", "startsAt": "%s", "endsAt": "%s"}
                """.formatted(name, from, to);
    }

    @Test
    void aShiftsCreationChangeAndRemovalNameWhoAndWhen() {
        Instant t0 = Fixtures.uniqueInstant(clock);
        String id = given().header("Authorization", Fixtures.ITOCC).contentType("application/json")
                .body(shift("Dan Duty", t0, t0.plus(Duration.ofHours(12))))
                .when().post("/api/v1/roster").then().statusCode(201).extract().path("id");
        Instant t1 = t0.plus(Duration.ofMinutes(1));
        clock.set(t1);
        given().header("Authorization", Fixtures.bearer("dora", "duty-manager")).contentType("application/json")
                .body(shift("Dina Duty", t0, t0.plus(Duration.ofHours(6))))
                .when().put("/api/v1/roster/" + id).then().statusCode(200);
        Instant t2 = t1.plus(Duration.ofMinutes(1));
        clock.set(t2);
        given().header("Authorization", Fixtures.bearer("stan", "strategic-initiatives")).when().delete("/api/v1/roster/" + id)
                .then().statusCode(204);

        entries("roster-shift", id).body("total", equalTo(3))
                .body("items.action", contains("DELETED", "UPDATED", "CREATED"))
                .body("items.actor", contains("stan", "dora", "ivy.itocc"))
                .body("items.at", contains(t2.toString(), t1.toString(), t0.toString()))
                .body("items.kind", contains("roster-shift", "roster-shift", "roster-shift"))
                .body("items[1].summary", equalTo("name: Dan Duty → Dina Duty; endsAt: %s → %s"
                        .formatted(t0.plus(Duration.ofHours(12)), t0.plus(Duration.ofHours(6)))))
                .body("items[0].summary", startsWith("dutyRole: DUTY_MANAGER, name: Dina Duty, email: duty@example.org"));

        ChangeLogApi.assertReadOnly(em, id);
    }
}
