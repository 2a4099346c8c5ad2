package org.opsdesk.e2e.security;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opsdesk.e2e.OpsDeskSystem;

/**
 * One resource of every kind an operation's path can name, made through the public APIs, so that a request reaches
 * the operation itself rather than a 404: reference data, two incidents of {@link Callers#ORGANISATION}, a problem,
 * an operational and a cybersecurity major incident (each with a quiet communication plan: one status-page audience
 * a day, so nothing is sent while the suites run), two pending proposals, a roster shift, a contact, an audience,
 * a closure day, an Alertmanager and a Grafana integration whose keys the keyed alert routes carry, and the After Action Review of a third, resolved major incident with an action item.
 */
final class Fixture {

    private static final Pattern PARAMETER = Pattern.compile("([a-z-]+)/\\{([A-Za-z]+)}");
    private static final String QUIET_PLAN = """
            {"audiences": [{"audience": "quiet", "name": "Quiet", "communicator": "Security suite", "channel": "STATUS_PAGE", "cadence": "P1D"}]}""";

    final OpsDeskSystem system;
    final String tag = "sec" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    final String team = tag + "-team";
    final String service = tag + "-service";
    final String category = tag + "-category";
    final String helpDesk = tag + "-desk";
    final String contact = tag + "-contact";
    final String audience = tag + "-audience";
    final String organisation = tag + "-organisation";
    final LocalDate closureDay = LocalDate.of(2040, 1, 2).plusDays(ThreadLocalRandom.current().nextInt(3000));
    String incident;
    String linkedIncident;
    String knownError;
    String slaPolicy;
    String problem;
    String majorIncident;
    String cyberMajorIncident;
    String proposal;
    String cyberProposal;
    String shift;
    String review;
    String actionItem;
    String alertmanagerKey;
    String grafanaKey;

    private Fixture(OpsDeskSystem system) {
        this.system = system;
    }

    static Fixture create(OpsDeskSystem system) {
        Fixture fixture = new Fixture(system);
        fixture.referenceData();
        fixture.incidents();
        fixture.majorIncidents();
        fixture.review();
        return fixture;
    }

    /**
     * The operation's path with every parameter replaced by a fixture's id; the CYBERSECURITY variant names the cyber
     * ones, the "unknown key" variant an integration key that does not exist.
     */
    String path(OpenApi.Operation operation, String variant) {
        Map<String, String> ids = ids(variant.toUpperCase().contains("CYBER"), variant.contains("unknown key"));
        Matcher matcher = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1) + "/{" + matcher.group(2) + "}";
            String id = ids.get(key);
            if (id == null) {
                throw new IllegalStateException("the security fixture has nothing for " + key + " of " + operation
                        + ": add a resource of that kind to " + Fixture.class.getSimpleName());
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(matcher.group(1) + "/" + id));
        }
        matcher.appendTail(path);
        return system.url(operation.service()) + path;
    }

    private Map<String, String> ids(boolean cyber, boolean unknownKey) {
        Map<String, String> ids = new HashMap<>();
        ids.put("teams/{id}", team);
        ids.put("services/{id}", service);
        ids.put("categories/{code}", category);
        ids.put("help-desks/{id}", helpDesk);
        ids.put("known-errors/{id}", knownError);
        ids.put("sla-policies/{id}", slaPolicy);
        ids.put("incidents/{id}", incident);
        ids.put("problems/{id}", problem);
        ids.put("major-incidents/{id}", cyber ? cyberMajorIncident : majorIncident);
        ids.put("recovery-objectives/{objective}", "rto");
        ids.put("members/{memberId}", UUID.randomUUID().toString());
        ids.put("link-proposals/{incidentId}", linkedIncident);
        ids.put("major-incident-proposals/{id}", cyber ? cyberProposal : proposal);
        ids.put("roster/{id}", shift);
        ids.put("contacts/{key}", contact);
        ids.put("audiences/{key}", audience);
        ids.put("organisations/{key}", organisation);
        ids.put("reviews/{id}", review);
        ids.put("action-items/{itemId}", actionItem);
        ids.put("deliverables/{kind}", "PRELIMINARY");
        ids.put("sections/{section}", "root-cause");
        ids.put("closure-days/{date}", closureDay.toString());
        ids.put("integrations/{id}", UUID.randomUUID().toString()); // none: revoking a real one would end its keys
        ids.put("alertmanager/{key}", unknownKey ? "odk_no-such-key" : alertmanagerKey);
        ids.put("grafana/{key}", unknownKey ? "odk_no-such-key" : grafanaKey);
        return ids;
    }

    private void referenceData() {
        post("incident-service", "/api/v1/teams", """
                {"id": "%s", "name": "Security suite team", "tier": 2, "email": "team@example.org"}""".formatted(team));
        post("incident-service", "/api/v1/services", """
                {"id": "%s", "name": "Security suite service", "owningTeam": "%s", "significant": false, "active": true}"""
                .formatted(service, team));
        post("incident-service", "/api/v1/categories", """
                {"code": "%s", "name": "Security suite category", "active": true}""".formatted(category));
        post("incident-service", "/api/v1/help-desks", """
                {"id": "%s", "name": "Security suite desk", "phone": "+14055550100", "email": "desk@example.org",
                 "url": "https://desk.example.org", "hours": "24/7"}""".formatted(helpDesk));
        knownError = post("incident-service", "/api/v1/known-errors", """
                {"title": "Security suite known error", "symptoms": "nothing works", "workaround": "restart",
                 "serviceIds": ["%s"], "active": true}""".formatted(service)).path("id").asText();
        slaPolicy = post("incident-service", "/api/v1/sla-policies", """
                {"customerOrg": "%s", "priority": "P4", "responseTarget": "PT8H", "resolutionTarget": "P5D",
                 "hours": "TWENTY_FOUR_SEVEN"}""".formatted(tag)).path("id").asText();
        put("notification-service", "/api/v1/contacts/" + contact, """
                {"name": "Security suite contact", "email": "contact@example.org"}""");
        put("notification-service", "/api/v1/audiences/" + audience, """
                {"name": "Security suite audience", "communicator": "Security suite", "channel": "EMAIL",
                 "members": ["%s"], "inDefaultPlan": false, "position": 90}""".formatted(contact));
        put("notification-service", "/api/v1/organisations/" + organisation, """
                {"name": "Security suite organisation", "serviceIds": ["%s"], "channels": ["EMAIL"]}""".formatted(service));
        post("review-service", "/api/v1/closure-days", """
                {"date": "%s", "reason": "Security suite closure"}""".formatted(closureDay));
        shift = post("major-incident-service", "/api/v1/roster", """
                {"dutyRole": "DUTY_MANAGER", "name": "Dana Duty", "email": "dana@example.org", "phone": "+14055550101",
                 "username": "dana.duty", "startsAt": "2039-01-01T00:00:00Z", "endsAt": "2039-01-02T00:00:00Z"}""")
                .path("id").asText();
        alertmanagerKey = integrationKey("ALERTMANAGER");
        grafanaKey = integrationKey("GRAFANA");
    }

    private String integrationKey(String kind) {
        return post("incident-service", "/api/v1/integrations", """
                {"name": "%s %s", "kind": "%s"}""".formatted(tag, kind.toLowerCase(), kind)).path("key").asText();
    }

    /** Severity 4, low urgency: the lowest priority, whose SLA clocks run for days, so no job touches them meanwhile. */
    private void incidents() {
        incident = logIncident("Security suite incident");
        linkedIncident = logIncident("Security suite incident of the major incident");
        problem = post("incident-service", "/api/v1/problems", """
                {"title": "Security suite problem", "description": "why", "incidentIds": ["%s"]}""".formatted(incident))
                .path("id").asText();
    }

    String logIncident(String summary) {
        return post("incident-service", "/api/v1/incidents", """
                {"source": "PHONE", "summary": "%s", "severity": 4, "urgency": "LOW", "customerOrg": "%s"}"""
                .formatted(summary, Callers.ORGANISATION)).path("id").asText();
    }

    private void majorIncidents() {
        majorIncident = declare("OPERATIONAL");
        cyberMajorIncident = declare("CYBERSECURITY");
        // declarations that name this incident are refused with 409 after the authority check (see RoleMatrixTest)
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.send(as("major-incident-service", "admin",
                "POST", "/api/v1/major-incidents/" + majorIncident + "/incidents")
                .json("{\"incidentId\": \"" + linkedIncident + "\"}")).status() / 100 == 2);
        proposal = propose("OPERATIONAL");
        cyberProposal = propose("CYBERSECURITY");
    }

    private void review() {
        String resolved = declare("OPERATIONAL");
        Http.ok(as("major-incident-service", "itocc", "POST", "/api/v1/major-incidents/" + resolved + "/resolve")
                .json("{\"resolutionSummary\": \"Restarted the security suite's service\"}"));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode page = Http.ok(as("review-service", "admin", "GET", "/api/v1/reviews?majorIncidentId=" + resolved));
            review = page.path("items").path(0).path("id").asText(null);
            return review != null;
        });
        actionItem = post("review-service", "/api/v1/reviews/" + review + "/action-items", """
                {"title": "Security suite action", "owner": {"name": "Ann Owner", "email": "ann@example.org"},
                 "dueDate": "%s"}""".formatted(LocalDate.now().plusDays(60))).path("id").asText();
    }

    private String declare(String type) {
        String id = Http.ok(as("major-incident-service", "itocc", "POST", "/api/v1/major-incidents").json("""
                {"title": "Security suite %s major incident", "type": "%s", "serviceIds": ["%s"], "impactSummary": "none"}"""
                .formatted(type.toLowerCase(), type, service))).path("id").asText();
        String plan = "/api/v1/major-incidents/" + id + "/communication-plan";
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.send(as("notification-service", "admin", "GET", plan)).status() == 200);
        // the plan's own sender may change it meanwhile (409 "changed by someone else"): retry as a client would
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.send(as("notification-service", "admin", "PUT", plan)
                .json(QUIET_PLAN)).status() == 200);
        return id;
    }

    private String propose(String type) {
        return post("major-incident-service", "/api/v1/major-incident-proposals", """
                {"title": "Security suite %s proposal", "type": "%s", "serviceIds": ["%s"], "impactSummary": "none",
                 "incidentIds": ["%s"], "reason": "looks major"}""".formatted(type.toLowerCase(), type, service, linkedIncident))
                .path("id").asText();
    }

    Http.Request as(String service, String role, String method, String path) {
        return Http.Request.of(method, system.url(service) + path).bearer(Callers.as(role));
    }

    private JsonNode post(String service, String path, String json) {
        return Http.ok(as(service, "admin", "POST", path).json(json));
    }

    private void put(String service, String path, String json) {
        Http.ok(as(service, "admin", "PUT", path).json(json));
    }
}
