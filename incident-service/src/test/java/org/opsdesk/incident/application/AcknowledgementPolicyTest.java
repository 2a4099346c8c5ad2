package org.opsdesk.incident.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.incident.IncidentApi.admin;
import static org.opsdesk.incident.IncidentApi.command;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.events;
import static org.opsdesk.incident.IncidentApi.types;
import static org.opsdesk.incident.IncidentApi.unique;
import static org.opsdesk.incident.IncidentApi.withoutBody;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.AdjustableClock;

/**
 * The acknowledgement escalation policy (issue 13): a P1 left unacknowledged in its queue past its 5-minute target is
 * announced to the queue, then (10 minutes apart) to its manager, and no more once a member acknowledges it.
 */
@QuarkusTest
class AcknowledgementPolicyTest {

    /** A date no other test uses. */
    private static final Instant T0 = Instant.parse("2026-03-17T15:00:00Z");
    private static final String OVERDUE = "incident.acknowledgement-overdue";

    @Inject
    AdjustableClock clock;
    @Inject
    AcknowledgementPolicy policy;
    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(Duration sinceT0) {
        clock.set(T0.plus(sinceT0));
        policy.remindDue(clock.instant());
    }

    @Test
    void anUnacknowledgedCaseRemindsTheQueueThenItsManagerUntilAcknowledged() {
        String team = unique("queue");
        admin().body("""
                {"id": "%s", "name": "Payroll Apps", "tier": 2, "members": ["tess.tech"],
                 "managers": [{"name": "Mia Manager", "email": "mia@opsdesk.example"}]}
                """.formatted(team)).when().post("/api/v1/teams").then().statusCode(201);
        clock.set(T0);
        String id = create(1, unique("Payroll portal down"));
        command(id, "assign", "{\"team\": \"" + team + "\"}");

        at(Duration.ofMinutes(4).plusSeconds(59));
        at(Duration.ofMinutes(5));
        JsonNode first = events(topic, id, OVERDUE, 1).get(0);
        assertThat(first.path("level").asText()).isEqualTo("QUEUE");
        assertThat(first.path("reminder").asInt()).isEqualTo(1);
        assertThat(first.path("dueAt").asText()).isEqualTo("2026-03-17T15:05:00Z");
        assertThat(first.path("assignedTeam").asText()).isEqualTo(team);

        at(Duration.ofMinutes(10)); // not yet: ten minutes after the first reminder
        at(Duration.ofMinutes(15));
        List<JsonNode> two = events(topic, id, OVERDUE, 2);
        assertThat(two).extracting(e -> e.path("level").asText()).containsExactly("QUEUE", "MANAGER");

        withoutBody("tess.tech", "technician").when().post("/api/v1/incidents/" + id + "/acknowledge").then().statusCode(200);
        at(Duration.ofMinutes(25));
        at(Duration.ofHours(2));
        // the history is written in the reminder's own transaction: two reminders, none after the acknowledgement
        desk().queryParam("size", 100).when().get("/api/v1/incidents/" + id + "/history").then().statusCode(200)
                .body("items.findAll { it.action == 'ACKNOWLEDGEMENT_OVERDUE' }.size()", equalTo(2));
        assertThat(types(topic, id, "incident.acknowledged").stream().filter(OVERDUE::equals)).hasSize(2);
    }
}
