package org.opsdesk.incident.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opsdesk.incident.IncidentApi.admin;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.events;
import static org.opsdesk.incident.IncidentApi.unique;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsdesk.incident.IncidentApi;
import org.opsdesk.platform.testing.AdjustableClock;
import org.opsdesk.platform.testing.Tokens;

/** Logging, reading, listing, triage and history of incidents (IN-1, IN-2, IN-4, IN-5, IN-6, IN-10). */
@QuarkusTest
class IncidentResourceTest {

    /** Tuesday 10 February 2026, 09:00 in Chicago. */
    private static final Instant TUESDAY_9AM = Instant.parse("2026-02-10T15:00:00Z");

    @Inject
    EntityManager em;

    @Inject
    AdjustableClock clock;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void loggingAnIncidentRecordsEverythingReportedAndAnswersPriorityAndSlaDueTimes() {
        clock.set(TUESDAY_9AM);
        String id = desk().body("""
                        {"source": "EMAIL", "summary": "Timesheets cannot be submitted", "description": "Error 500 on submit since 08:30",
                         "customerOrg": "dept-of-revenue", "serviceIds": ["payroll-portal"], "category": "software-bug",
                         "reporter": {"name": "Pat Reporter", "email": "pat@revenue.example", "phone": "+1-405-555-0142"},
                         "severity": 2, "urgency": "MEDIUM", "receivedAt": "2026-02-10T14:50:00Z"}
                        """)
                .when().post("/api/v1/incidents")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/incidents/"))
                .body("number", matchesPattern("INC-\\d{7}"))
                .body("status", equalTo("NEW"))
                .body("source", equalTo("EMAIL"))
                .body("priority", equalTo("P3"))
                .body("significantService", equalTo(true))
                .body("assignedTeam", equalTo("service-desk"))
                .body("receivedAt", equalTo("2026-02-10T14:50:00Z"))
                .body("loggedAt", equalTo("2026-02-10T15:00:00Z"))
                .body("loggedBy", equalTo("sam.desk"))
                .body("reporter.email", equalTo("pat@revenue.example"))
                // P3: 4 business hours to respond, 24 to resolve, from 08:50 Chicago
                .body("sla.hours", equalTo("BUSINESS_HOURS"))
                .body("sla.responseDueAt", equalTo("2026-02-10T18:50:00Z"))
                .body("sla.resolutionDueAt", equalTo("2026-02-12T20:50:00Z"))
                .body("allowedCommands", hasItem("assign"))
                .extract().path("id");

        JsonNode created = events(topic, id, "incident.created", 1).get(0);
        assertThat(created.path("severity").asInt()).isEqualTo(2);
        assertThat(created.path("priority").asText()).isEqualTo("P3");
        assertThat(created.path("alertStartsAt").isNull()).as("a logged incident has no alert start").isTrue();
        assertThat(created.path("significantService").asBoolean()).isTrue();
        assertThat(created.path("serviceIds").get(0).asText()).isEqualTo("payroll-portal");
        assertThat(created.path("reporter").path("phone").asText()).isEqualTo("+1-405-555-0142");
        assertThat(created.path("createdAt").asText()).isEqualTo("2026-02-10T14:50:00Z");
        assertThat(created.path("majorIncidentId").isNull()).isTrue();

        given().header("Authorization", Tokens.bearer("technician"))
                .when().get("/api/v1/incidents/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("category", equalTo("software-bug"));
    }

    @Test
    void everySourceOfIntakeIsRecorded() {
        // INTERNAL: staff who notice an incident themselves (004 §3.1)
        for (String source : List.of("PHONE", "EMAIL", "SELF_SERVICE", "MONITORING", "API", "INTERNAL")) {
            desk().body("{\"source\": \"%s\", \"summary\": \"Printer offline\", \"severity\": 4}".formatted(source))
                    .when().post("/api/v1/incidents").then().statusCode(201).body("source", equalTo(source));
        }
    }

    @Test
    void withoutAnUrgencyTheConfiguredDefaultAppliesAndSeverityOneIsPriorityOne() {
        clock.set(TUESDAY_9AM);
        desk().body("{\"source\": \"PHONE\", \"summary\": \"Everything is down\", \"severity\": 1}")
                .when().post("/api/v1/incidents")
                .then().statusCode(201)
                .body("urgency", equalTo("HIGH")).body("priority", equalTo("P1"))
                .body("sla.hours", equalTo("TWENTY_FOUR_SEVEN"))
                .body("sla.responseDueAt", equalTo("2026-02-10T15:15:00Z"))
                .body("sla.resolutionDueAt", equalTo("2026-02-10T19:00:00Z"));
    }

    @Test
    void knownErrorsMatchingTheSymptomsAreSuggested() {
        desk().body("""
                        {"source": "PHONE", "summary": "VPN connection fails with error 809 from home", "severity": 3}
                        """)
                .when().post("/api/v1/incidents")
                .then().statusCode(201)
                .body("knownErrorSuggestions.title", hasItem("VPN client fails with error 809"))
                .body("knownErrorSuggestions[0].workaround", containsString("SSL"));
    }

    @Test
    void anOpenIncidentOfTheSameIssueIsOfferedAsPossibleDuplicate() {
        String word = unique("Zorblax");
        String first = create(3, word + " label printer jams on floor three");
        String second = desk().body("{\"source\": \"PHONE\", \"summary\": \"%s label printer jams on floor three\", \"severity\": 3}"
                        .formatted(word))
                .when().post("/api/v1/incidents")
                .then().statusCode(201).body("possibleDuplicates.id", hasItem(first)).extract().path("id");
        assertThat(events(topic, second, "incident.created", 1).get(0).path("possibleDuplicateIds").toString()).contains(first);
        desk().when().get("/api/v1/incidents/" + first).then().body("possibleDuplicates.id", hasItem(second));
    }

    @Test
    void listsFilterSortAndPage() {
        String org = unique("org");
        String a = create("""
                {"source": "PHONE", "summary": "A", "severity": 1, "customerOrg": "%s", "serviceIds": ["vpn"]}""".formatted(org));
        String b = create("""
                {"source": "EMAIL", "summary": "B", "severity": 3, "customerOrg": "%s"}""".formatted(org));
        String c = create("""
                {"source": "EMAIL", "summary": "C unique-text-%s", "severity": 4, "customerOrg": "%s"}""".formatted(org, org));
        IncidentApi.command(b, "assign", "{\"team\": \"network-team\"}");

        list("customerOrg=" + org).body("total", equalTo(3));
        list("customerOrg=" + org + "&size=2&page=0&sort=-severity")
                .body("items", hasSize(2)).body("total", equalTo(3)).body("size", equalTo(2)).body("items.id", contains(c, b));
        list("customerOrg=" + org + "&source=EMAIL&sort=severity").body("items.id", contains(b, c));
        list("customerOrg=" + org + "&status=NEW").body("items.id", contains(c, a));
        list("customerOrg=" + org + "&status=NEW&status=ASSIGNED").body("total", equalTo(3));
        list("customerOrg=" + org + "&severity=1").body("items.id", contains(a));
        list("customerOrg=" + org + "&priority=P1").body("items.id", contains(a));
        list("customerOrg=" + org + "&serviceId=vpn").body("items.id", contains(a));
        list("customerOrg=" + org + "&assignedTeam=network-team").body("items.id", contains(b));
        list("customerOrg=" + org + "&breached=true").body("items", empty());
        list("q=unique-text-" + org).body("items.id", contains(c));

        for (String bad : List.of("status=LOST", "severity=9", "sort=colour", "size=0", "size=201", "page=-1", "priority=P9")) {
            desk().when().get("/api/v1/incidents?" + bad).then().statusCode(400).contentType("application/problem+json");
        }
        for (String parameter : List.of("page", "size")) {
            for (String notANumber : List.of("ten", "1.5", "-0", "99999999999999999999")) {
                desk().when().get("/api/v1/incidents?" + parameter + "=" + notANumber).then().statusCode(400)
                        .contentType("application/problem+json").body("invalid-params.name", contains(parameter));
            }
        }
        list("size=007&page=0").body("size", equalTo(7));
    }

    @Test
    void theChangeFeedListsWhatChangedSinceOldestChangeFirstAndPagesByUpdatedAtAndId() {
        String org = unique("feed");
        Instant t0 = Instant.parse("2026-03-02T15:00:00Z");
        clock.set(t0);
        String a = create("{\"source\": \"PHONE\", \"summary\": \"A\", \"severity\": 3, \"customerOrg\": \"%s\"}".formatted(org));
        clock.set(t0.plusSeconds(60));
        String b = create("{\"source\": \"PHONE\", \"summary\": \"B\", \"severity\": 3, \"customerOrg\": \"%s\"}".formatted(org));
        clock.set(t0.plusSeconds(120));
        String c = create("{\"source\": \"PHONE\", \"summary\": \"C\", \"severity\": 3, \"customerOrg\": \"%s\"}".formatted(org));
        String d = create("{\"source\": \"PHONE\", \"summary\": \"D\", \"severity\": 3, \"customerOrg\": \"%s\"}".formatted(org));
        clock.set(t0.plusSeconds(180));
        IncidentApi.command(a, "assign", "{\"team\": \"network-team\"}");

        String feed = "customerOrg=" + org + "&updatedSince=";
        List<String> sameInstant = c.compareTo(d) < 0 ? List.of(c, d) : List.of(d, c); // a tie is ordered by id
        list(feed + t0.plusSeconds(60)).body("total", equalTo(4))
                .body("items.id", contains(b, sameInstant.get(0), sameInstant.get(1), a))
                .body("items.updatedAt", contains(t0.plusSeconds(60).toString(), t0.plusSeconds(120).toString(),
                        t0.plusSeconds(120).toString(), t0.plusSeconds(180).toString()));
        list(feed + t0.plusSeconds(181)).body("items", empty());

        // paging: the last item's updatedAt and id give the next page, also within a tie
        list(feed + t0.plusSeconds(60) + "&size=2").body("items.id", contains(b, sameInstant.get(0)));
        list(feed + t0.plusSeconds(120) + "&afterId=" + sameInstant.get(0) + "&size=2")
                .body("items.id", contains(sameInstant.get(1), a));
        list(feed + t0.plusSeconds(180) + "&afterId=" + a + "&size=2").body("items", empty());

        for (String[] bad : List.of(new String[] {"updatedSince=yesterday", "updatedSince"},
                new String[] {"updatedSince=2026-03-02", "updatedSince"},
                new String[] {"afterId=" + a, "afterId"},
                new String[] {"updatedSince=" + t0 + "&afterId=not-a-uuid", "afterId"},
                new String[] {"updatedSince=" + t0 + "&sort=-severity", "sort"})) {
            desk().when().get("/api/v1/incidents?" + bad[0]).then().statusCode(400).contentType("application/problem+json")
                    .body("invalid-params.name", contains(bad[1]));
        }
    }

    private ValidatableResponse list(String query) {
        return desk().when().get("/api/v1/incidents?" + query).then().statusCode(200);
    }

    @Test
    void triageRecomputesThePriorityAndSlaAndPublishesTheChanges() {
        clock.set(TUESDAY_9AM);
        String id = create(3, "Slow reports");
        desk().body("{\"severity\": 1, \"category\": \"performance-degradation\", \"serviceIds\": [\"data-warehouse\"]}")
                .when().patch("/api/v1/incidents/" + id)
                .then().statusCode(200)
                .body("severity", equalTo(1)).body("priority", equalTo("P1"))
                .body("sla.resolutionDueAt", equalTo("2026-02-10T19:00:00Z"));

        JsonNode updated = events(topic, id, "incident.updated", 1).get(0);
        assertThat(updated.path("changes").toString()).contains("\"field\":\"severity\",\"from\":\"3\",\"to\":\"1\"")
                .contains("\"field\":\"priority\",\"from\":\"P3\",\"to\":\"P1\"").contains("performance-degradation");
        desk().when().get("/api/v1/incidents/" + id + "/history?size=200")
                .then().statusCode(200)
                .body("items.findAll { it.action == 'UPDATED' }.field", hasItem("priority"))
                .body("items.findAll { it.field == 'severity' }.newValue", hasItem("1"));
    }

    @Test
    void movingAnIncidentToAnotherOrganisationAppliesThatOrganisationsSla() {
        clock.set(TUESDAY_9AM);
        String org = unique("agency");
        admin().body("""
                {"customerOrg": "%s", "priority": "P3", "responseTarget": "PT10M", "resolutionTarget": "PT2H", "hours": "TWENTY_FOUR_SEVEN"}
                """.formatted(org)).when().post("/api/v1/sla-policies").then().statusCode(201);
        String id = create("{\"source\": \"PHONE\", \"summary\": \"Slow\", \"severity\": 2, \"urgency\": \"MEDIUM\"}");
        desk().body("{\"customerOrg\": \"%s\"}".formatted(org)).when().patch("/api/v1/incidents/" + id).then().statusCode(200)
                .body("priority", equalTo("P3")).body("sla.responseDueAt", equalTo("2026-02-10T15:10:00Z"));
    }

    @Test
    void aRefusedTriageChangesNothing() {
        String id = create(3, "Slow reports");
        long version = ((Number) desk().when().get("/api/v1/incidents/" + id).then().extract().path("version")).longValue();
        desk().body("{\"category\": \"not-a-category\"}").when().patch("/api/v1/incidents/" + id)
                .then().statusCode(400).body("invalid-params.name", hasItem("category"));
        desk().body("{\"serviceIds\": [\"no-such-service\"]}").when().patch("/api/v1/incidents/" + id)
                .then().statusCode(400).body("invalid-params.name", hasItem("serviceIds"));
        desk().body("{\"severity\": 0}").when().patch("/api/v1/incidents/" + id)
                .then().statusCode(400).body("invalid-params.name", hasItem("severity"));
        as("cust", "dept-of-revenue", "customer").body("{\"severity\": 1}").when().patch("/api/v1/incidents/" + id)
                .then().statusCode(403);
        desk().body("{\"severity\": 1}").when().patch("/api/v1/incidents/" + UUID.randomUUID()).then().statusCode(404);
        desk().when().get("/api/v1/incidents/" + id).then()
                .body("severity", equalTo(3)).body("category", nullValue()).body("version", equalTo((int) version));
    }

    @Test
    void theHistoryRecordsWhoChangedWhatAndCannotBeRewritten() {
        String id = create(2, "Mail bounces");
        IncidentApi.command(id, "assign", "{\"team\": \"server-team\", \"note\": \"mail runs there\"}");
        desk().when().get("/api/v1/incidents/" + id + "/history")
                .then().statusCode(200)
                .body("items[0].action", equalTo("CREATED")).body("items[0].actor", equalTo("sam.desk"))
                .body("items.findAll { it.action == 'ASSIGNED' }.field", hasItem("assignedTeam"))
                .body("items.findAll { it.field == 'status' }.newValue", hasItem("ASSIGNED"))
                .body("items.findAll { it.field == 'reason' }.newValue", hasItem("mail runs there"));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update incident_history set new_value = 'forged' where incident_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from incident_history where incident_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()))
                .hasStackTraceContaining("append-only");
        as("cust", "dept-of-revenue", "customer").when().get("/api/v1/incidents/" + id + "/history").then().statusCode(403);
        desk().when().get("/api/v1/incidents/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void withoutATokenTheAnswerIs401AndNothingIsStored() {
        long before = count();
        String body = "{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 2}";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/incidents")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.expired("service-desk")).contentType("application/json").body(body)
                .when().post("/api/v1/incidents")
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aTokenForAnotherAudienceIs401AndNothingIsStored() {
        long before = count();
        given().header("Authorization", "Bearer " + Tokens.forAudience("another-application", "service-desk"))
                .contentType("application/json").body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 2}")
                .when().post("/api/v1/incidents")
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + Tokens.forAudience("another-application", "service-desk"))
                .when().get("/api/v1/incidents").then().statusCode(401);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aMethodThatDeclaresNoAccessIsRefusedNotPublic() {
        given().when().get(UnannotatedResource.PATH).then().statusCode(401);
        desk().when().get(UnannotatedResource.PATH).then().statusCode(403);
    }

    @Test
    void aMonitoringTokenMayOnlyPostAlerts() {
        long before = count();
        as("prometheus", null, "monitoring").body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 2}")
                .when().post("/api/v1/incidents")
                .then().statusCode(403).contentType("application/problem+json");
        as("prometheus", null, "monitoring").when().get("/api/v1/incidents").then().statusCode(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        long before = count();
        desk().body("{\"source\": \"PHONE\", \"summary\": \"\", \"severity\": 7}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", hasItem("summary"))
                .body("invalid-params.name", hasItem("severity"));
        desk().body("{\"source\": \"CARRIER_PIGEON\", \"summary\": \"x\", \"severity\": 1}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("source"));
        desk().body("{\"summary\": \"x\", \"severity\": 1}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("source"));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 1, \"colour\": \"red\"}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("colour"));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 1, \"serviceIds\": [\"atlantis\"]}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("serviceIds"));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 1, \"category\": \"gossip\"}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("category"));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 1, \"reporter\": {\"email\": \"not-an-address\"}}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("reporter.email"));
        desk().body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 1, \"receivedAt\": \"2999-01-01T00:00:00Z\"}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("receivedAt"));
        desk().body("{\"source\": ")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("service-desk")).contentType("text/plain").body("hello")
                .when().post("/api/v1/incidents")
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/incidents'.post.summary", containsString("Log an incident"))
                .body("paths.'/api/v1/alerts/alertmanager'.post", notNullValue())
                .body("paths.'/api/v1/incidents/{id}/dispute'.post", notNullValue())
                .body("paths.'/api/v1/reports/sla-compliance'.get", notNullValue())
                .body("paths.'/api/v1/severity-levels'.get", notNullValue())
                .body("components.schemas.Source.enum", hasItem("INTERNAL"))
                .body("components.schemas.UnconfirmedReason.enum", hasItem("ALERT_CLEARED"))
                .body("components.schemas.Resolve.properties", hasKey("confirmationMethod"));
    }

    @Test
    void anUnknownIncidentIs404AndAMalformedIdIs404Too() {
        desk().when().get("/api/v1/incidents/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        desk().when().get("/api/v1/incidents/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listItemsCarryNoSuggestions() {
        String org = unique("org");
        create("{\"source\": \"PHONE\", \"summary\": \"VPN error 809\", \"severity\": 3, \"customerOrg\": \"%s\"}".formatted(org));
        desk().when().get("/api/v1/incidents?customerOrg=" + org).then().statusCode(200)
                .body("items[0].knownErrorSuggestions", empty())
                .body("items.status", everyItem(not(equalTo("CLOSED"))));
    }

    private long count() {
        return ((Number) em.createNativeQuery("select count(*) from incident").getSingleResult()).longValue();
    }
}
