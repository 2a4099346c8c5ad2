package org.opsdesk.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.contract.WireContract;
import org.opsdesk.platform.testing.Tokens;

/**
 * A customer sees and changes only its own organisation's incidents: the incidents of another organisation are
 * absent from every list, search and report, and every operation naming one answers 404 as if it did not exist.
 * (The role matrix already asserts the 404 of each operation on one incident; here the lists, the search, the
 * report, links between organisations, and that the other organisation's incident is unchanged afterwards.)
 */
@ExtendWith(WireContract.class)
class TenantIsolationTest {

    private static final String ACME = Callers.ORGANISATION;
    private static final String GLOBEX = Callers.OTHER_ORGANISATION;
    private static String incidents;
    private static String acmeIncident;
    private static String acmeSummary;
    private static String globexIncident;

    @BeforeAll
    static void start() {
        OpsDeskSystem system = OpsDeskSystem.get();
        incidents = system.url("incident-service") + "/api/v1/incidents";
        acmeSummary = "Tenant isolation " + Long.toHexString(System.nanoTime()) + " acme payroll down";
        acmeIncident = Http.ok(as(Callers.customerOf(ACME), "POST", incidents)
                .json("{\"summary\": \"" + acmeSummary + "\", \"severity\": 4, \"urgency\": \"LOW\"}")).path("id").asText();
        Http.ok(as(Callers.as("service-desk"), "POST", incidents + "/" + acmeIncident + "/notes")
                .json("{\"text\": \"internal: acme's contract number 123\", \"visibility\": \"INTERNAL\"}"));
        globexIncident = Http.ok(as(Callers.customerOf(GLOBEX), "POST", incidents)
                .json("{\"summary\": \"Tenant isolation globex printer\", \"severity\": 4, \"urgency\": \"LOW\"}")).path("id").asText();
        // a link made by the service desk between the two organisations' incidents
        Http.ok(as(Callers.as("service-desk"), "POST", incidents + "/" + globexIncident + "/links")
                .json("{\"type\": \"RELATED_TO\", \"targetId\": \"" + acmeIncident + "\"}"));
    }

    @Test
    void aCustomerLogsForItsOwnOrganisationOnly() {
        JsonNode own = Http.ok(as(Callers.customerOf(ACME), "GET", incidents + "/" + acmeIncident));
        assertThat(own.path("customerOrg").asText()).isEqualTo(ACME);
        assertThat(own.path("source").asText()).isEqualTo("SELF_SERVICE");

        Http.Response forOther = Http.send(as(Callers.customerOf(GLOBEX), "POST", incidents)
                .json("{\"summary\": \"on behalf of acme\", \"severity\": 4, \"customerOrg\": \"" + ACME + "\"}"));
        assertThat(forOther.status()).isEqualTo(400);
        assertThat(forOther.body()).contains("customerOrg");

        String withoutOrganisation = Tokens.token("security.customer.of.nowhere", null, "customer");
        assertThat(Http.send(as(withoutOrganisation, "POST", incidents).json("{\"summary\": \"who am I\", \"severity\": 4}")).status())
                .as("a customer token without org logs").isEqualTo(403);
        assertThat(Http.ok(as(withoutOrganisation, "GET", incidents)).path("items")).as("a customer token without org lists").isEmpty();
    }

    @Test
    void anotherOrganisationsIncidentsAreInNoListSearchOrReport() {
        String globex = Callers.customerOf(GLOBEX);
        for (String query : List.of("", "?customerOrg=" + ACME, "?q=" + acmeSummary.replace(' ', '+'), "?size=200&sort=-receivedAt")) {
            JsonNode page = Http.ok(as(globex, "GET", incidents + query));
            assertThat(ids(page.path("items"))).as("GET /incidents%s as a customer of %s", query, GLOBEX).doesNotContain(acmeIncident);
            page.path("items").forEach(i -> assertThat(i.path("customerOrg").asText()).isEqualTo(GLOBEX));
        }
        assertThat(ids(Http.ok(as(globex, "GET", incidents)).path("items"))).contains(globexIncident);
        String report = incidents.replace("/incidents", "/reports/sla-compliance");
        String year = "from=" + Instant.now().minus(Duration.ofDays(365)) + "&to=" + Instant.now().plus(Duration.ofDays(1));
        JsonNode askedForAcme = Http.ok(as(globex, "GET", report + "?" + year + "&customer=" + ACME));
        assertThat(askedForAcme.path("customerOrg").asText()).isEqualTo(GLOBEX);
        assertThat(askedForAcme.path("total")).isEqualTo(Http.ok(as(globex, "GET", report + "?" + year)).path("total"));

        JsonNode links = Http.ok(as(globex, "GET", incidents + "/" + globexIncident + "/links"));
        assertThat(links.toString()).as("links of globex's incident, as its customer").doesNotContain(acmeIncident);
        JsonNode notes = Http.ok(as(Callers.customerOf(ACME), "GET", incidents + "/" + acmeIncident + "/notes"));
        assertThat(notes.toString()).as("a customer reads customer-visible notes only").doesNotContain("contract number");
    }

    @Test
    void everyAttemptOnAnotherOrganisationsIncidentAnswers404AndChangesNothing() {
        JsonNode before = Http.ok(as(Callers.as("admin"), "GET", incidents + "/" + acmeIncident));
        JsonNode historyBefore = Http.ok(as(Callers.as("admin"), "GET", incidents + "/" + acmeIncident + "/history?size=200"));
        String globex = Callers.customerOf(GLOBEX);
        String incident = incidents + "/" + acmeIncident;
        List<Http.Request> attempts = new ArrayList<>(List.of(
                as(globex, "GET", incident),
                as(globex, "GET", incident + "/notes"),
                as(globex, "GET", incident + "/links"),
                as(globex, "POST", incident + "/notes").json("{\"text\": \"hello\", \"visibility\": \"CUSTOMER_VISIBLE\"}"),
                as(globex, "POST", incident + "/confirm"),
                as(globex, "POST", incident + "/dispute").json("{\"reason\": \"not fixed\"}"),
                as(globex, "POST", incidents).json("{\"summary\": \"follow-up\", \"severity\": 4, \"followUpOf\": \"" + acmeIncident + "\"}")));
        for (Http.Request attempt : attempts) {
            Http.Response response = Http.send(attempt);
            assertThat(response.status()).as("%s %s as a customer of %s", attempt.method(), attempt.url(), GLOBEX).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
        }

        JsonNode after = Http.ok(as(Callers.as("admin"), "GET", incidents + "/" + acmeIncident));
        assertThat(after.path("version")).isEqualTo(before.path("version"));
        assertThat(Http.ok(as(Callers.as("admin"), "GET", incidents + "/" + acmeIncident + "/history?size=200")))
                .isEqualTo(historyBefore);
        assertThat(Http.ok(as(Callers.as("admin"), "GET", incident + "/notes?size=200")).toString()).doesNotContain("hello");
    }

    private static Http.Request as(String token, String method, String url) {
        return Http.Request.of(method, url).bearer(token);
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.path("id").asText()).toList();
    }
}
