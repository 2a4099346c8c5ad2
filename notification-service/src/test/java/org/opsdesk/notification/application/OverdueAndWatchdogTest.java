package org.opsdesk.notification.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Mailbox;
import org.opsdesk.notification.support.Scenario;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.TopicReader;

/** CO-4: an update not sent within the grace period raises communication-overdue once; the watchdog turns DOWN. */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class OverdueAndWatchdogTest extends ClockedTest {

    @Inject
    MajorIncidentEventsConsumer consumer;
    @Inject
    OverdueDetector overdue;
    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @BeforeEach
    void defaults() {
        Fixtures.defaultPlan();
    }


    @Test
    void anUpdateUnsentAfterTheGracePeriodIsFlaggedOnceToTheCoordinatorAndByEvent() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Identity provider down", t0);

        clock.set(t0.plusSeconds(5));
        overdue.flagOverdue(clock.instant());
        mi.communications().body("items.findAll { it.slot == 0 }.status", everyItem(equalTo("PENDING")));
        assertThat(Mailbox.withSubject("Communication overdue: executive-updates slot 0")).isEmpty();

        clock.set(t0.plusSeconds(6));
        overdue.flagOverdue(clock.instant());
        overdue.flagOverdue(clock.instant());
        sender.sendDue(clock.instant());

        assertThat(Mailbox.withSubject("Communication overdue: executive-updates slot 0 (EMAIL)"))
                .hasSize(1).allSatisfy(m -> assertThat(Mailbox.to(m)).containsExactly("coordinator-" + mi.number.toLowerCase() + "@opsdesk.example"));
        mi.communications().body("items.findAll { it.kind == 'UPDATE' && it.slot == 0 }.late", everyItem(equalTo(true)))
                .body("items.findAll { it.kind == 'OVERDUE_NOTICE' }.size()", equalTo(4));
        var events = TopicReader.read(topic, Duration.ofSeconds(20), read -> read.stream()
                .filter(r -> r.key().equals(mi.id.toString()) && r.value().contains("notification.communication-overdue")).count() >= 4);
        assertThat(events).filteredOn(r -> r.key().equals(mi.id.toString()) && r.value().contains("notification.communication-overdue"))
                .hasSize(4).allSatisfy(r -> EventSchemas.assertValid(r.value()));
    }

    @Test
    void theWatchdogHealthCheckAndMetricReportAnActivePlanWhoseNextUpdateIsOverdue() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, "Mainframe down", t0);

        clock.set(t0.plusSeconds(6));
        given().when().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'communication-schedule' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'communication-schedule' }.data.details", containsString(mi.number));
        given().when().get("/q/health").then().statusCode(503);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("opsdesk_communications_overdue(\\{[^}]*\\})? [1-9]");

        sender.sendDue(clock.instant());
        given().when().get("/q/health/well").then()
                .body("checks.find { it.name == 'communication-schedule' }.data.details", not(containsString(mi.number)));

        clock.set(Instant.parse("2000-01-01T00:00:00Z"));
        given().when().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'communication-schedule' }.status", equalTo("UP"));
    }
}
