package org.opsdesk.major.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.major.Fixtures;
import org.opsdesk.platform.testing.AdjustableClock;

@QuarkusTest
class SmokeTest {

    @Inject
    AdjustableClock clock;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void declareAndRead() {
        var at = Fixtures.uniqueInstant(clock);
        Fixtures.onDuty("ITOCC_MANAGER", "Ada Manager", at);
        String service = Fixtures.uniqueService();
        String id = Fixtures.declare(service);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id)
                .then().log().ifValidationFails().statusCode(200).body("coordinator.name", equalTo("Ada Manager"));
        given().header("Authorization", Fixtures.ITOCC).contentType("application/json").body("{}").when().post("/api/v1/major-incidents/" + id + "/bridge")
                .then().log().all().statusCode(200);
        given().header("Authorization", Fixtures.ITOCC).when().get("/api/v1/major-incidents/" + id + "/timeline")
                .then().log().all().statusCode(200);
        Fixtures.events(topic, id, 3).forEach(System.out::println);
    }
}
