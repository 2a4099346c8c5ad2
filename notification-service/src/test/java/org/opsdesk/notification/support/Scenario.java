package org.opsdesk.notification.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.Records;

/** One major incident of a test: its id, number and snapshot, and the events that move it along. */
public final class Scenario {

    public final UUID id = UUID.randomUUID();
    public final String number = TestEvents.uniqueNumber("MI");
    public final Map<String, Object> snapshot;
    private final MajorIncidentEventsConsumer consumer;

    private Scenario(MajorIncidentEventsConsumer consumer, String title, Instant declaredAt) {
        this.consumer = consumer;
        this.snapshot = TestEvents.majorIncidentSnapshot(id, number, title, declaredAt);
    }

    public static Scenario declare(MajorIncidentEventsConsumer consumer, String title, Instant at) {
        Scenario scenario = new Scenario(consumer, title, at);
        scenario.event("major-incident.declared", at);
        return scenario;
    }

    public Scenario publishStatus(String nature, String impact, Instant at) {
        snapshot.put("status", "ACTIVE");
        snapshot.put("latestStatus", TestEvents.statusItems(nature, impact, at.plusSeconds(3600), at.plusSeconds(1800), at));
        return event("major-incident.status-update-published", at);
    }

    public Scenario resolve(String summary, Instant at) {
        snapshot.put("status", "RESOLVED");
        snapshot.put("resolvedAt", at.toString());
        snapshot.put("resolutionSummary", summary);
        return event("major-incident.resolved", at);
    }

    public Scenario event(String type, Instant at) {
        consumer.receive(Records.batch(TestEvents.majorIncident(type, snapshot, at)));
        return this;
    }

    public ValidatableResponse communications() {
        return given().header("Authorization", Tokens.bearer("itocc")).queryParam("size", 200)
                .when().get("/api/v1/major-incidents/" + id + "/communications").then().statusCode(200);
    }

    public ValidatableResponse plan() {
        return given().header("Authorization", Tokens.bearer("itocc"))
                .when().get("/api/v1/major-incidents/" + id + "/communication-plan").then();
    }
}
