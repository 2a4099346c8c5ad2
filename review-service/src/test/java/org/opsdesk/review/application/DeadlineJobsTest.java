package org.opsdesk.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.review.support.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.AdjustableClock;
import org.opsdesk.review.support.Fixtures;
import org.opsdesk.review.support.Flows;
import org.opsdesk.review.support.Topics;

/** RV-5 and RV-4: reminders, missed deadlines and overdue action items fire once each, however often the jobs run. */
@QuarkusTest
class DeadlineJobsTest {

    private static final Instant RESOLVED = Instant.parse("2026-11-25T20:00:00Z");

    @Inject
    DeadlineService deadlines;

    @Inject
    ActionItemService actionItems;

    @Inject
    AdjustableClock clock;

    @Inject
    Fixtures fixtures;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theOwnerIsRemindedOnceAndAMissedDeadlineIsEscalatedOnce() {
        String id = fixtures.aar(RESOLVED);
        runAt("2026-11-30T22:59:59Z");
        assertThat(Topics.settled(topic, id, "review.deadline-approaching", Duration.ofSeconds(1))).isEmpty();

        runAt("2026-11-30T23:00:00Z");
        runAt("2026-11-30T23:30:00Z");
        List<String> reminders = Topics.events(topic, id, "review.deadline-approaching", 1);
        assertThat(reminders.get(0)).contains("\"kind\":\"PRELIMINARY\"", "\"dueAt\":\"2026-12-01T23:00:00Z\"",
                "\"email\":\"maria@opsdesk.example\"");

        runAt("2026-12-01T23:00:01Z");
        runAt("2026-12-02T09:00:00Z");
        List<String> missed = Topics.events(topic, id, "review.deadline-missed", 1);
        // RV-3: audiences of notification-service's one directory, no addresses of review-service's own
        assertThat(missed.get(0)).contains("\"kind\":\"PRELIMINARY\"", "\"escalateTo\":[]", "\"escalateToAudiences\":[\"cio\"]")
                .doesNotContain("cio@opsdesk.example");
        assertThat(Topics.settled(topic, id, "review.deadline-approaching", Duration.ofSeconds(2))).hasSize(1);
        assertThat(Topics.settled(topic, id, "review.deadline-missed", Duration.ofMillis(200))).hasSize(1);
        as("executive").queryParam("overdue", "true").when().get("/api/v1/reviews/" + id)
                .then().statusCode(200).body("deliverables[0].overdue", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void aDistributedDeliverableIsNeitherRemindedNorMissed() {
        String id = fixtures.aar(RESOLVED);
        Flows.distribute(id, "PRELIMINARY");
        runAt("2026-11-30T23:00:00Z");
        runAt("2026-12-01T23:00:01Z");
        assertThat(Topics.settled(topic, id, "review.deadline-approaching", Duration.ofSeconds(2))).isEmpty();
        assertThat(Topics.settled(topic, id, "review.deadline-missed", Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void anOverdueActionItemIsAnnouncedOnceThenRemindedAtTheConfiguredCadence() {
        String id = fixtures.aar(Instant.now());
        String item = as("technician").body("""
                {"title": "Patch firmware", "owner": {"name": "Dana", "email": "dana@opsdesk.example"}, "dueDate": "2026-12-10"}
                """).when().post("/api/v1/reviews/" + id + "/action-items").then().statusCode(201).extract().path("id");

        runAt("2026-12-10T22:59:59Z");
        runAt("2026-12-10T23:00:01Z");
        runAt("2026-12-11T10:00:00Z");
        assertThat(Topics.events(topic, id, "review.action-item-overdue", 1).get(0)).contains("\"reason\":\"overdue\"");
        runAt("2026-12-11T23:00:01Z");
        runAt("2026-12-11T23:10:00Z");
        List<String> overdue = Topics.events(topic, id, "review.action-item-overdue", 2);
        assertThat(overdue.get(1)).contains("\"reason\":\"reminder 1\"", "\"remindersSent\":1");

        as("technician").when().post("/api/v1/reviews/" + id + "/action-items/" + item + "/complete").then().statusCode(200);
        runAt("2026-12-14T23:10:00Z");
        assertThat(Topics.settled(topic, id, "review.action-item-overdue", Duration.ofSeconds(2))).hasSize(2);
    }

    private void runAt(String instant) {
        Instant now = Instant.parse(instant);
        clock.set(now);
        deadlines.remindersDue(now);
        deadlines.missedDue(now);
        actionItems.overdueDue(now);
    }
}
