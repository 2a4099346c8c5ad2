package org.opsdesk.incident.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.opsdesk.incident.IncidentApi.command;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.events;
import static org.opsdesk.incident.IncidentApi.types;
import static org.opsdesk.incident.IncidentApi.unique;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.Metrics;
import org.opsdesk.platform.testing.AdjustableClock;

/**
 * The scheduled jobs, called directly with the adjustable clock: SLA warnings, breaches and the escalation
 * they trigger (IN-8, IN-9), and the automatic closure after the dispute window (IN-13).
 */
@QuarkusTest
class DeadlineJobsTest {

    private static final String RESPONSE_WARNINGS = "opsdesk_sla_warnings_total{target=\"response\"}";
    private static final String RESPONSE_BREACHES = "opsdesk_sla_breaches_total{target=\"response\"}";

    /** Tuesday 3 March 2026, 09:00 in Chicago: a date no other test uses, so no one else's incident falls due. */
    private static final Instant T0 = Instant.parse("2026-03-03T15:00:00Z");

    @Inject
    AdjustableClock clock;

    @Inject
    SlaMonitor slaMonitor;

    @Inject
    AutoCloser autoCloser;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(Duration sinceT0) {
        clock.set(T0.plus(sinceT0));
    }

    @Test
    void theResponseClockWarnsAtThreeQuartersAndEscalatesToTheManagerAtTheBreach() {
        double warnings = Metrics.value(RESPONSE_WARNINGS);
        double breaches = Metrics.value(RESPONSE_BREACHES);
        at(Duration.ZERO);
        String summary = unique("Tax filing site down");
        String id = create(1, summary); // P1: respond within 15 minutes
        at(Duration.ofMinutes(11));
        slaMonitor.slaDue(clock.instant());
        desk().when().get("/api/v1/incidents/" + id).then().body("sla.responseBreached", equalTo(false));
        at(Duration.ofMinutes(12));
        slaMonitor.slaDue(clock.instant());
        JsonNode warning = events(topic, id, "incident.sla-warning", 1).get(0);
        assertThat(warning.path("target").asText()).isEqualTo("RESPONSE");
        // the counters are the process's: other tests' incidents may fall due at the same clock time
        assertThat(Metrics.value(RESPONSE_WARNINGS)).isGreaterThanOrEqualTo(warnings + 1);
        assertThat(warning.path("dueAt").asText()).isEqualTo("2026-03-03T15:15:00Z");

        at(Duration.ofMinutes(15));
        slaMonitor.slaDue(clock.instant());
        double afterBreach = Metrics.value(RESPONSE_BREACHES);
        assertThat(afterBreach).as("the breach is counted").isGreaterThanOrEqualTo(breaches + 1);
        slaMonitor.slaDue(clock.instant());
        assertThat(Metrics.value(RESPONSE_BREACHES)).as("counted once over two runs").isEqualTo(afterBreach);
        assertThat(events(topic, id, "incident.sla-breached", 1).get(0).path("target").asText()).isEqualTo("RESPONSE");
        JsonNode escalated = events(topic, id, "incident.escalated", 1).get(0);
        assertThat(escalated.path("escalationType").asText()).isEqualTo("HIERARCHICAL");
        assertThat(escalated.path("manager").path("name").asText()).isEqualTo("Service Desk Manager");
        assertThat(escalated.path("by").asText()).isEqualTo("sla-monitor");
        desk().when().get("/api/v1/incidents/" + id).then()
                .body("sla.responseBreached", equalTo(true)).body("managementLevel", equalTo(1));
        desk().when().get("/api/v1/incidents?breached=true&q=" + summary).then().body("items.id", contains(id));
        desk().when().get("/api/v1/incidents?breached=false&q=" + summary).then().body("items", empty());

        List<String> published = types(topic, id, "incident.escalated");
        assertThat(published.stream().filter("incident.sla-breached"::equals)).hasSize(1);
        assertThat(published.stream().filter("incident.sla-warning"::equals)).hasSize(1);
    }

    @Test
    void theResolutionBreachEscalatesFunctionallyToTheNextTier() {
        at(Duration.ZERO);
        String id = create(1, "Payroll batch stuck");
        command(id, "assign", "{\"team\": \"application-support\", \"assignee\": \"tess.tech\"}");
        at(Duration.ofHours(3));
        slaMonitor.slaDue(clock.instant());
        assertThat(events(topic, id, "incident.sla-warning", 1).get(0).path("target").asText()).isEqualTo("RESOLUTION");
        at(Duration.ofHours(4));
        slaMonitor.slaDue(clock.instant());
        JsonNode escalated = events(topic, id, "incident.escalated", 1).get(0);
        assertThat(escalated.path("escalationType").asText()).isEqualTo("FUNCTIONAL");
        assertThat(escalated.path("toTeam").asText()).isEqualTo("application-engineering");
        desk().when().get("/api/v1/incidents/" + id).then()
                .body("status", equalTo("ASSIGNED")).body("assignedTeam", equalTo("application-engineering"))
                .body("assignee", equalTo(null)).body("sla.resolutionBreached", equalTo(true));
    }

    @Test
    void aCaseOnHoldDoesNotBreachWhileItWaitsForTheCustomer() {
        at(Duration.ZERO);
        String id = create(1, "Benefits portal blank page");
        command(id, "assign", "{\"team\": \"application-support\", \"assignee\": \"tess.tech\"}");
        at(Duration.ofHours(1));
        command(id, "hold", "{\"reason\": \"waiting for a HAR file\"}");
        at(Duration.ofHours(6));
        slaMonitor.slaDue(clock.instant());
        desk().when().get("/api/v1/incidents/" + id).then().body("sla.resolutionBreached", equalTo(false));
        command(id, "resume", "{}");
        desk().when().get("/api/v1/incidents/" + id).then().body("sla.resolutionDueAt", equalTo("2026-03-04T00:00:00Z"));
        at(Duration.ofHours(9));
        slaMonitor.slaDue(clock.instant());
        desk().when().get("/api/v1/incidents/" + id).then().body("sla.resolutionBreached", equalTo(true));
    }

    @Test
    void aResolvedCaseClosesByItselfWhenTheDisputeWindowEnds() {
        // Thursday 5 March 2026, 09:00 Chicago: the customer has 3 days (001 §5.9), until Sunday 8 March at the same time
        clock.set(Instant.parse("2026-03-05T15:00:00Z"));
        String id = create(3, "Shared drive mapping lost");
        command(id, "resolve", "{\"resolutionType\": \"PERMANENT_FIX\", \"resolution\": \"Remapped by GPO\", \"confirmationMethod\": \"PHONE\"}");
        desk().when().get("/api/v1/incidents/" + id).then()
                .body("resolution.disputeDeadline", equalTo("2026-03-08T15:00:00Z"));

        clock.set(Instant.parse("2026-03-08T14:59:59Z"));
        autoCloser.closeDue(clock.instant());
        desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("RESOLVED"));
        clock.set(Instant.parse("2026-03-08T15:00:00Z"));
        assertThat(autoCloser.closeDue(clock.instant())).isGreaterThanOrEqualTo(1);
        assertThat(autoCloser.closeDue(clock.instant())).isZero();
        desk().when().get("/api/v1/incidents/" + id).then()
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("AUTO_CLOSED")).body("closedBy", equalTo("auto-close"));
        JsonNode closed = events(topic, id, "incident.closed", 1).get(0);
        assertThat(closed.path("closeReason").asText()).isEqualTo("AUTO_CLOSED");
    }
}
