package org.opsdesk.review.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.review.messaging.TestConsumers;

/** Opens reviews the way production does (by feeding events to the consumers) and calls the API as a role. */
@ApplicationScoped
public class Fixtures {

    private final TestConsumers consumers;

    Fixtures(TestConsumers consumers) {
        this.consumers = consumers;
    }

    /** An AAR for a new major incident resolved at {@code resolvedAt}, with one linked incident of dept-of-revenue. */
    public String aar(Instant resolvedAt) {
        UUID incident = UUID.randomUUID();
        consumers.incident(TestEvents.incident("incident.created", incident, 1, "software", List.of("payroll-portal"),
                resolvedAt.minusSeconds(4 * 3600), resolvedAt.minusSeconds(4 * 3600)).toString());
        UUID mi = UUID.randomUUID();
        consumers.majorIncident(TestEvents.majorIncidentResolved(mi, List.of(incident), resolvedAt));
        return given().header("Authorization", Tokens.bearer("strategic-initiatives"))
                .queryParam("majorIncidentId", mi.toString())
                .when().get("/api/v1/reviews").then().statusCode(200).extract().path("items[0].id");
    }

    public static RequestSpecification as(String... roles) {
        return given().header("Authorization", Tokens.bearer(roles[0] + "-user", null, roles)).contentType("application/json");
    }
}
