package org.opsdesk.notification.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.HeadlessChromium;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Scenario;

/**
 * CO-2 as a person sees it: the status page in Debian's headless chromium, on a phone-sized and a desktop-sized window.
 * The screenshots stay under target/ (status-page-phone.png, status-page-desktop.png).
 */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class StatusPageBrowserTest extends ClockedTest {

    @TestHTTPResource("/status")
    URL page;
    @Inject
    MajorIncidentEventsConsumer consumer;


    @Test
    void aPersonOnAPhoneReadsTheSixItemsTheNextUpdateAndTheDutyManagerWithoutScrollingSideways() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed");
        Fixtures.defaultPlan();
        StatusPageTest.danaOnDuty(consumer);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario mi = Scenario.declare(consumer, StatusPageTest.HOSTILE_TITLE, t0)
                .publishStatus("The payroll database lost its primary node", "Agencies cannot submit payroll", t0.plusSeconds(5));
        sender.sendDue(t0.plusSeconds(5));
        clock.reset();

        try (HeadlessChromium browser = HeadlessChromium.start(390, 844)) {
            browser.open(page.toString());
            String seen = browser.script("return document.body.innerText").asText();
            assertThat(seen).containsPattern("\\d+ major incidents? in progress").contains(StatusPageTest.HOSTILE_TITLE).contains(mi.number)
                    .contains("What is happening").contains("The payroll database lost its primary node")
                    .contains("Impact").contains("Agencies cannot submit payroll").contains("Fixed when")
                    .contains("What we are doing").contains("Estimated fix").contains("Next update").contains("Last update")
                    .contains("Duty manager").contains("Dana Duty").doesNotContain("77814269");
            JsonNode layout = browser.script("""
                    return {lang: document.documentElement.lang, title: document.title,
                            sideways: document.documentElement.scrollWidth > window.innerWidth, width: window.innerWidth,
                            scripts: document.scripts.length, external: performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin)),
                            h1: document.querySelectorAll('h1').length, fontPx: parseFloat(getComputedStyle(document.body).fontSize)}""");
            assertThat(layout.path("width").asInt()).isEqualTo(390);
            assertThat(layout.path("lang").asText()).isEqualTo("en");
            assertThat(layout.path("sideways").asBoolean()).as("horizontal scrolling on a %d px wide screen", layout.path("width").asInt()).isFalse();
            assertThat(layout.path("scripts").asInt()).isZero();
            assertThat(layout.path("external")).isEmpty();
            assertThat(layout.path("h1").asInt()).isEqualTo(1);
            assertThat(layout.path("fontPx").asDouble()).isGreaterThanOrEqualTo(16);
            Path phone = Path.of("target", "status-page-phone.png");
            browser.screenshot(phone);
            assertThat(Files.size(phone)).isGreaterThan(5_000);
        }
        try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
            browser.open(page.toString());
            Path desktop = Path.of("target", "status-page-desktop.png");
            browser.screenshot(desktop);
            assertThat(Files.size(desktop)).isGreaterThan(5_000);
        }
    }
}
