package org.opsdesk.notification.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.messaging.MajorIncidentEventsConsumer;
import org.opsdesk.notification.persistence.StatusPagePostRepository;
import org.opsdesk.notification.support.ClockedTest;
import org.opsdesk.notification.support.Fixtures;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.notification.support.Scenario;
import org.opsdesk.notification.support.TestEvents;
import org.opsdesk.platform.testing.Records;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** CO-2: the public status page, its JSON and its Atom feed, without login. */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class StatusPageTest extends ClockedTest {

    static final String HOSTILE_TITLE = "Payroll <script>alert('x')</script> & \"HR\" down";

    @Inject
    MajorIncidentEventsConsumer consumer;
    @Inject
    StatusPagePostRepository posts;

    /** Dana Duty's long shift on the roster: the duty manager whenever no later shift covers the moment. */
    static final UUID DANA_SHIFT = UUID.fromString("0d0d0d0d-0000-4000-8000-00000000da4a");

    @BeforeEach
    void defaults() {
        Fixtures.defaultPlan();
        danaOnDuty(consumer);
    }

    static void danaOnDuty(MajorIncidentEventsConsumer consumer) {
        Instant now = Instant.now();
        consumer.receive(Records.batch(TestEvents.dutyShift("major-incident.duty-shift-saved", DANA_SHIFT, true, "Dana Duty", "+14055550199",
                now.minus(Duration.ofDays(400)), now.plus(Duration.ofDays(30)))));
    }

    @Test
    void theDutyManagerIsWhoeverTheRosterHasOnDutyNowNotWhomTheLastEventNamed() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        UUID sam = UUID.randomUUID();
        UUID lee = UUID.randomUUID();
        consumer.receive(Records.batch(TestEvents.dutyShift("major-incident.duty-shift-saved", sam, true, "Sam Shift", "+14055550111",
                t0.minus(Duration.ofHours(1)), t0.plus(Duration.ofHours(1)))));
        consumer.receive(Records.batch(TestEvents.dutyShift("major-incident.duty-shift-saved", lee, true, "Lee Late", "+14055550122",
                t0.plus(Duration.ofHours(1)), t0.plus(Duration.ofHours(9)))));
        // the major incident's snapshot names Dana (on duty when it was declared): the page names the roster's duty manager
        Scenario.declare(consumer, "Mail down", t0);
        given().when().get("/status.json").then().statusCode(200)
                .body("dutyManager.name", equalTo("Sam Shift")).body("dutyManager.phone", equalTo("+14055550111"));

        clock.set(t0.plus(Duration.ofHours(2)));
        given().when().get("/status.json").then().body("dutyManager.name", equalTo("Lee Late"));
        assertThat(given().when().get("/status").then().statusCode(200).extract().asString()).contains("Lee Late");

        consumer.receive(Records.batch(TestEvents.dutyShift("major-incident.duty-shift-removed", lee, true, "Lee Late", "+14055550122",
                t0.plus(Duration.ofHours(1)), t0.plus(Duration.ofHours(9)))));
        given().when().get("/status.json").then().body("dutyManager.name", equalTo("Dana Duty"));

        clock.set(t0);
        consumer.receive(Records.batch(TestEvents.dutyShift("major-incident.duty-shift-saved", sam, false, "Sam Shift", "+14055550111",
                t0.minus(Duration.ofHours(1)), t0.plus(Duration.ofHours(1)))));
        given().when().get("/status.json").then().body("dutyManager.name", equalTo("Dana Duty"));
    }


    @Test
    void eachRepresentationCarriesValidatorsAndAConditionalRequestForAnUnchangedPageGets304() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario declared = Scenario.declare(consumer, "Caching outage " + t0.toEpochMilli(), t0);
        // the first status-page post is due at the declaration; a sender woken by the commit may record it at any
        // later clock time, which changes the page: let it land before the validators are taken
        sender.sendDue(clock.instant());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> posts.lastPostedAt(declared.id).isPresent()));
        for (String path : List.of("/", "/status", "/status.json", "/status/feed.atom")) {
            var first = given().when().get(path).then().statusCode(200).extract();
            String etag = first.header("ETag");
            String lastModified = first.header("Last-Modified");
            assertThat(etag).as(path + " ETag").matches("\"[0-9a-f]{64}\"");
            assertThat(lastModified).as(path + " Last-Modified").isNotBlank();
            assertThat(first.header("Cache-Control")).as(path + " Cache-Control").contains("public").contains("max-age=2");

            // a rebuild (max-age is 0 in tests) a second later, before the next slot of the 30 s test cadence falls due
            clock.set(clock.instant().plusSeconds(1));
            var again = given().when().get(path).then().statusCode(200).extract();
            assertThat(again.asString()).as(path + ": nothing changed").isEqualTo(first.asString());
            assertThat(again.header("ETag")).as(path + ": same ETag after a rebuild").isEqualTo(etag);
            assertThat(again.header("Last-Modified")).isEqualTo(lastModified);

            given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", etag);
            var ims = given().header("If-Modified-Since", lastModified).when().get(path).then().extract();
            assertThat(ims.statusCode()).as(path + " IMS " + lastModified + " -> " + ims.headers()).isEqualTo(304);
            given().header("If-None-Match", "\"stale\"").when().get(path).then().statusCode(200);
        }

        String before = given().when().get("/status.json").then().extract().header("ETag");
        Scenario.declare(consumer, "Second caching outage " + t0.toEpochMilli(), clock.instant());
        given().header("If-None-Match", before).when().get("/status.json").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(before));
    }

    @Test
    void theJsonListsEachOpenMajorIncidentWithTheSixItemsTheDutyManagerAndNinetyDaysOfHistory() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0.minus(Duration.ofDays(100)));
        Scenario old = Scenario.declare(consumer, "Old outage", clock.instant()).resolve("fixed long ago", clock.instant().plusSeconds(60));
        clock.set(t0.minus(Duration.ofDays(10)));
        Scenario recent = Scenario.declare(consumer, "Recent outage", clock.instant())
                .resolve("Router replaced", clock.instant().plusSeconds(600));
        clock.set(t0);
        Scenario open = Scenario.declare(consumer, "Payroll portal down", t0)
                .publishStatus("Database primary lost", "Agencies cannot submit payroll", t0.plusSeconds(5));
        clock.set(t0.plusSeconds(10));
        sender.sendDue(clock.instant());

        String json = given().when().get("/status.json").then().statusCode(200).contentType("application/json").extract().asString();
        JsonPath page = JsonPath.from(json);
        Map<String, Object> incident = page.getMap("activeIncidents.find { it.majorIncidentId == '" + open.id + "' }");
        assertThat(incident).containsKeys("majorIncidentId", "title", "status", "nature", "impact", "remediationMetric",
                "remediationSteps", "estimatedRemediationAt", "nextUpdateAt", "updatedAt", "serviceIds");
        assertThat(incident).containsEntry("title", "Payroll portal down").containsEntry("status", "ACTIVE")
                .containsEntry("nature", "Database primary lost").containsEntry("impact", "Agencies cannot submit payroll")
                .containsEntry("estimatedRemediationAt", t0.plusSeconds(3605).toString())
                .containsEntry("nextUpdateAt", t0.plusSeconds(30).toString())
                .containsEntry("updatedAt", t0.plusSeconds(10).toString())
                .containsEntry("serviceIds", List.of("payroll-portal", "hr-self-service"));
        assertThat(page.getString("dutyManager.name")).isEqualTo("Dana Duty");
        assertThat(page.getString("dutyManager.phone")).isEqualTo("+14055550199");
        assertThat(page.getList("history.majorIncidentId")).contains(recent.id.toString()).doesNotContain(old.id.toString(), open.id.toString());
        assertThat(page.getString("history.find { it.majorIncidentId == '" + recent.id + "' }.resolutionSummary")).isEqualTo("Router replaced");
        assertThat(page.getList("activeIncidents.majorIncidentId")).doesNotContain(recent.id.toString());
        assertThat(json).doesNotContain("77814269").doesNotContain("coordinator-");
    }

    @Test
    void theHtmlPageNeedsNoLoginUsesNoExternalAssetsAndEscapesEverything() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario open = Scenario.declare(consumer, HOSTILE_TITLE, t0)
                .publishStatus("Storage <b>array</b> failed", "Payroll & HR unavailable", t0.plusSeconds(1));

        String html = given().when().get("/status").then().statusCode(200).contentType("text/html").extract().asString();

        assertThat(html).contains("<html lang=\"en\">").contains("name=\"viewport\"").contains(open.number)
                .contains("Payroll &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;HR&quot; down")
                .contains("Storage &lt;b&gt;array&lt;/b&gt; failed").contains("Payroll &amp; HR unavailable")
                .doesNotContain("<script").doesNotContain("<b>array").doesNotContain("77814269")
                .doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("rel=\"stylesheet\"")
                .contains("Duty manager").contains("Dana Duty");
    }

    @Test
    void theAtomFeedHasAnEntryPerStatusPageUpdateAndIsValidXml() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        Scenario open = Scenario.declare(consumer, HOSTILE_TITLE, t0);
        sender.sendDue(t0);
        clock.set(t0.plusSeconds(30));
        sender.sendDue(clock.instant());

        byte[] body = given().when().get("/status/feed.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
        }
        assertThat(titles).contains("[" + open.number + "] Major incident declared: " + HOSTILE_TITLE,
                "[" + open.number + "] Update 1 (no new information): " + HOSTILE_TITLE);
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("<script>");
    }
}
