package org.opsdesk.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opsdesk.e2e.OpsDeskSystem;

/**
 * The audit trails (incident history, major-incident timeline, review versions, delivery log, change log) name the
 * token's subject and the time of every change, and no operation of any service can write, change or delete them.
 */
class AuditTrailTest {

    /** The paths of the append-only trails. */
    static final List<String> TRAILS = List.of("/history", "/timeline", "/versions", "/communications", "/change-log");
    private static OpsDeskSystem system;
    private static Instant start;
    private static String incident;
    private static String majorIncident;
    private static String review;
    private static String contact;
    private static Instant end;

    @BeforeAll
    static void changeThingsAsNamedPeople() {
        system = OpsDeskSystem.get();
        start = Instant.now().minusSeconds(1);
        String incidents = url("incident-service", "/api/v1/incidents");
        incident = Http.ok(as("audit.alice", "service-desk", "POST", incidents)
                .json("{\"source\": \"PHONE\", \"summary\": \"Audit trail\", \"severity\": 4, \"urgency\": \"LOW\"}")).path("id").asText();
        Http.ok(as("audit.bob", "technician", "PATCH", incidents + "/" + incident).json("{\"summary\": \"Audit trail, renamed\"}"));
        Http.ok(as("audit.carol", "service-desk", "POST", incidents + "/" + incident + "/assign").json("{\"team\": \"service-desk\"}"));

        String majorIncidents = url("major-incident-service", "/api/v1/major-incidents");
        majorIncident = Http.ok(as("audit.dave", "itocc", "POST", majorIncidents)
                .json("{\"title\": \"Audit trail\", \"type\": \"OPERATIONAL\", \"serviceIds\": [\"audit-trail\"], \"impactSummary\": \"none\"}"))
                .path("id").asText();
        Http.ok(as("audit.erin", "technician", "POST", majorIncidents + "/" + majorIncident + "/team/members")
                .json("{\"name\": \"Lee Nguyen\", \"team\": \"Network\", \"role\": \"RESPONDER\"}"));
        Http.ok(as("audit.frank", "itocc", "POST", majorIncidents + "/" + majorIncident + "/resolve")
                .json("{\"resolutionSummary\": \"Audit trail resolved\"}"));

        String reviews = url("review-service", "/api/v1/reviews");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            review = Http.ok(as("audit.reader", "admin", "GET", reviews + "?majorIncidentId=" + majorIncident))
                    .path("items").path(0).path("id").asText(null);
            return review != null;
        });
        Http.ok(as("audit.grace", "strategic-initiatives", "PUT", reviews + "/" + review + "/sections/lessons-learned")
                .json("{\"content\": \"Audit trail lesson\"}"));
        contact = "audit-" + start.toEpochMilli();
        Http.ok(as("audit.henry", "communications", "PUT", url("notification-service", "/api/v1/contacts/" + contact))
                .json("{\"name\": \"Audit trail\", \"email\": \"audit@opsdesk.example\"}"));
        end = Instant.now().plusSeconds(1);
    }

    @Test
    void everyTrailNamesTheTokenSubjectAndTheTimeOfEachChange() {
        JsonNode history = read("incident-service", "/api/v1/incidents/" + incident + "/history?size=200");
        assertThat(entries(history, "actor")).contains("audit.alice", "audit.bob", "audit.carol");
        assertThat(read("incident-service", "/api/v1/incidents/" + incident).path("loggedBy").asText()).isEqualTo("audit.alice");

        JsonNode timeline = read("major-incident-service", "/api/v1/major-incidents/" + majorIncident + "/timeline?size=200");
        assertThat(entries(timeline, "actor")).contains("audit.dave", "audit.erin", "audit.frank");
        JsonNode declared = read("major-incident-service", "/api/v1/major-incidents/" + majorIncident);
        assertThat(declared.path("declaredBy").asText()).isEqualTo("audit.dave");
        assertThat(declared.path("resolvedBy").asText()).isEqualTo("audit.frank");

        JsonNode versions = read("review-service", "/api/v1/reviews/" + review + "/versions?size=200");
        assertThat(entries(versions, "author")).contains("audit.grace");

        JsonNode changes = read("notification-service", "/api/v1/change-log?kind=contact&resourceId=" + contact);
        assertThat(entries(changes, "actor")).containsExactly("audit.henry");

        for (JsonNode trail : List.of(history, timeline, versions, changes)) {
            trail.path("items").forEach(entry -> {
                String actor = entry.has("actor") ? entry.path("actor").asText() : entry.path("author").asText();
                if (actor.startsWith("audit.")) {
                    assertThat(Instant.parse(entry.path("at").asText())).as("when %s", entry).isBetween(start, end);
                }
            });
        }
    }

    /** MI-9: the scribe adds entries beside the journaled ones, authored by the caller's token, never changed or removed. */
    private static final String SCRIBE_ENTRIES = "major-incident-service POST /api/v1/major-incidents/{id}/timeline";

    @Test
    void noOperationOfAnyServiceWritesATrail() {
        List<String> writers = OpenApi.operations(system).stream()
                .filter(o -> TRAILS.stream().anyMatch(t -> o.path().endsWith(t)) && !o.method().equals("GET"))
                .map(OpenApi.Operation::toString).filter(o -> !o.equals(SCRIBE_ENTRIES)).toList();
        assertThat(writers).as("operations that write an audit trail").isEmpty();

        List<String> trails = List.of(
                url("incident-service", "/api/v1/incidents/" + incident + "/history"),
                url("major-incident-service", "/api/v1/major-incidents/" + majorIncident + "/timeline"),
                url("review-service", "/api/v1/reviews/" + review + "/timeline"),
                url("review-service", "/api/v1/reviews/" + review + "/versions"),
                url("notification-service", "/api/v1/major-incidents/" + majorIncident + "/communications"),
                url("notification-service", "/api/v1/incidents/" + incident + "/communications"),
                url("incident-service", "/api/v1/change-log"),
                url("major-incident-service", "/api/v1/change-log"),
                url("notification-service", "/api/v1/change-log"),
                url("review-service", "/api/v1/change-log"));
        List<String> wrong = new ArrayList<>();
        String history = trails.get(0);
        Http.Response historyBefore = Http.send(as("audit.admin", "admin", "GET", history + "?size=200"));
        for (String trail : trails) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                Http.Request attempt = as("audit.admin", "admin", method, trail);
                Http.Response response = Http.send(method.equals("DELETE") ? attempt : attempt.json("{\"actor\": \"someone else\"}"));
                boolean scribeEntry = method.equals("POST") && trail.endsWith("/major-incidents/" + majorIncident + "/timeline");
                boolean refused = scribeEntry ? response.status() >= 400 && response.status() < 500 : response.status() == 405;
                if (!refused || !response.isProblem()) {
                    wrong.add(method + " " + trail + " → " + response.status() + " " + response.excerpt());
                }
            }
            // the other trails may still grow by the events of the changes above; none holds the attempts
            assertThat(Http.send(as("audit.admin", "admin", "GET", trail + "?size=200")).body()).as(trail).doesNotContain("someone else");
        }
        assertThat(wrong).as("attempts to write a trail").isEmpty();
        assertThat(Http.send(as("audit.admin", "admin", "GET", history + "?size=200")).body()).isEqualTo(historyBefore.body());
    }

    private static List<String> entries(JsonNode page, String field) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(e -> e.path(field).asText()).toList();
    }

    private static JsonNode read(String service, String path) {
        return Http.ok(as("audit.reader", "admin", "GET", url(service, path)));
    }

    private static Http.Request as(String subject, String role, String method, String url) {
        return Http.Request.of(method, url).bearer(Callers.named(subject, role));
    }

    private static String url(String service, String path) {
        return system.url(service) + path;
    }
}
