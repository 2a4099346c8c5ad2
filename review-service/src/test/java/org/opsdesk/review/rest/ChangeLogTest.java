package org.opsdesk.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.opsdesk.platform.testing.ChangeLogApi.entries;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.AdjustableClock;
import org.opsdesk.platform.testing.ChangeLogApi;
import org.opsdesk.platform.testing.Tokens;

/** Adding and removing a closure day name who did it and when, in the change log (issue 9). */
@QuarkusTest
class ChangeLogTest {

    @Inject
    AdjustableClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void addingAndRemovingAClosureDayNameWhoAndWhen() {
        String day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650)).toString();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant t1 = t0.plusSeconds(60);
        clock.set(t0);
        given().header("Authorization", "Bearer " + Tokens.token("sia.calendar", null, "strategic-initiatives")).contentType("application/json")
                .body("{\"date\": \"" + day + "\", \"reason\": \"Ice storm\"}")
                .when().post("/api/v1/closure-days").then().statusCode(201);
        clock.set(t1);
        given().header("Authorization", "Bearer " + Tokens.token("ada.admin", null, "admin")).when().delete("/api/v1/closure-days/" + day)
                .then().statusCode(204);

        entries("closure-day", day).body("items.action", contains("DELETED", "CREATED"))
                .body("items.actor", contains("ada.admin", "sia.calendar"))
                .body("items.at", contains(t1.toString(), t0.toString()))
                .body("items.resourceId", contains(day, day))
                .body("items.summary", contains("reason: Ice storm, added by sia.calendar", "reason: Ice storm"));

        ChangeLogApi.assertReadOnly(em, day);
    }
}
