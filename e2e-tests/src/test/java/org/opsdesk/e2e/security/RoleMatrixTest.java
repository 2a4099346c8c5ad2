package org.opsdesk.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.e2e.contract.WireContract;

/**
 * The role matrix of docs/security.md, asserted against the running services: every operation of their OpenAPI
 * documents is called as every role, without a token, with an expired token, with a token signed by another key,
 * and as a customer of another organisation, and answers what the table says.
 *
 * <p>✓ means the call got past authentication and authorisation: any answer but 401, 403 and 5xx. To make that
 * visible the probe must reach the operation's own checks: a path names a resource of the {@link Fixture}, a body is
 * {@code {}} (refused with 400 after the role check) except where the decision is made in the application after
 * reading the body or the resource; those probes carry a valid body that still changes nothing where possible (a
 * declaration naming an incident that already belongs to a major incident is refused with 409).
 */
@ExtendWith(WireContract.class)
class RoleMatrixTest {

    private static OpsDeskSystem system;
    private static Fixture fixture;
    private static RoleMatrix matrix;
    private static List<OpenApi.Operation> operations;
    private static final Map<String, String> TOKENS = new HashMap<>();
    /** How the ✓ calls were answered, by status: shows that the probes reach the operations. */
    private final Map<String, Integer> allowedAnswers = new TreeMap<>();

    @BeforeAll
    static void start() {
        system = OpsDeskSystem.get();
        fixture = Fixture.create(system);
        matrix = RoleMatrix.load();
        operations = OpenApi.operations(system);
    }

    @Test
    void theMatrixHasARowForEveryOperationAndNoOther() {
        List<String> missing = operations.stream().filter(o -> matrix.rowsOf(o).isEmpty()).map(OpenApi.Operation::toString).toList();
        List<String> stale = matrix.rows.stream().filter(r -> operations.stream()
                .noneMatch(o -> o.service().equals(r.service()) && o.key().equals(r.key()))).map(RoleMatrix.Row::toString).toList();
        assertThat(missing).as("operations of the OpenAPI documents missing from the role matrix of %s", RoleMatrix.FILE).isEmpty();
        assertThat(stale).as("rows of %s naming no operation", RoleMatrix.FILE).isEmpty();
        assertThat(matrix.roles).as("the roles of the matrix").hasSize(17).contains("customer", "monitoring", "admin");
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (OpenApi.Operation operation : operations) {
            for (RoleMatrix.Row row : matrix.rowsOf(operation)) {
                for (String role : matrix.roles) {
                    wrong.addAll(check(operation, row, role, row.answer(role), token(role)));
                    calls++;
                }
                String allowed = matrix.allowedRole(row);
                for (Map.Entry<String, String> bad : Map.of("no token", "", "an expired token", Callers.expired(allowed),
                        "a token signed by another key", Callers.otherKey(allowed)).entrySet()) {
                    wrong.addAll(check(operation, row, bad.getKey(), row.answer(RoleMatrix.BAD_TOKEN), bad.getValue()));
                    calls++;
                }
                wrong.addAll(check(operation, row, "a customer of " + Callers.OTHER_ORGANISATION,
                        row.answer(RoleMatrix.OTHER_ORGANISATION), Callers.customerOf(Callers.OTHER_ORGANISATION)));
                calls++;
            }
        }
        System.out.printf("role matrix: %d calls over %d operations, %d not as documented; answers to ✓: %s%n", calls,
                operations.size(), wrong.size(), allowedAnswers);
        assertThat(wrong).as("answers that differ from the role matrix of %s", RoleMatrix.FILE).isEmpty();
    }

    private List<String> check(OpenApi.Operation operation, RoleMatrix.Row row, String caller, String expected, String token) {
        Http.Response response = Http.send(probe(operation, row, token.isEmpty() ? null : token));
        if (expected.equals(RoleMatrix.ALLOWED)) {
            allowedAnswers.merge(String.valueOf(response.status()), 1, Integer::sum);
        }
        boolean asDocumented = switch (expected) {
            case RoleMatrix.ALLOWED -> response.status() != 401 && response.status() != 403 && response.status() < 500;
            case "401" -> response.status() == 401 && response.isProblem() && "Bearer".equals(response.challenge());
            case "403", "404" -> response.status() == Integer.parseInt(expected) && response.isProblem();
            default -> throw new IllegalStateException("unknown answer '" + expected + "' in the row " + row + " of " + RoleMatrix.FILE);
        };
        return asDocumented ? List.of() : List.of(row + " as " + caller + ": expected " + expected + ", got " + response.status()
                + " " + response.excerpt());
    }

    private static Http.Request probe(OpenApi.Operation operation, RoleMatrix.Row row, String token) {
        Http.Request request = Http.Request.of(operation.method(), fixture.path(operation, row.variant())).bearer(token);
        Function<RoleMatrix.Row, String> body = PROBES.get(operation.service() + " " + operation.key());
        if (body != null) {
            return request.json(body.apply(row));
        }
        return operation.takesJson() ? request.json("{}") : request;
    }

    private static String token(String role) {
        return TOKENS.computeIfAbsent(role, Callers::as);
    }

    /** Valid bodies for the operations that decide after reading the body or the resource (see the class comment). */
    private static final Map<String, Function<RoleMatrix.Row, String>> PROBES = Map.ofEntries(
            Map.entry("major-incident-service POST /api/v1/major-incidents", row -> """
                    {"title": "Role matrix probe", "type": "%s", "serviceIds": ["%s"], "impactSummary": "none", "incidentIds": ["%s"]}"""
                    .formatted(row.variant(), fixture.service, fixture.linkedIncident)),
            Map.entry("major-incident-service POST /api/v1/major-incidents/{id}/coordinator", row -> """
                    {"name": "Casey Coordinator", "email": "casey@example.org", "username": "casey", "reason": "role matrix"}"""),
            Map.entry("major-incident-service POST /api/v1/major-incidents/{id}/disaster", row -> "{\"reason\": \"role matrix\"}"),
            Map.entry("major-incident-service POST /api/v1/major-incidents/{id}/disaster-risk", row -> "{\"assessment\": \"role matrix\"}"),
            Map.entry("major-incident-service POST /api/v1/major-incidents/{id}/status-updates", row -> """
                    {"nature": "probe", "impact": "none", "remediationMetric": "none", "remediationSteps": "none",
                     "estimatedRemediationAt": "%s", "nextUpdateAt": "%s"}"""
                    .formatted(Instant.now().plus(2, ChronoUnit.HOURS), Instant.now().plus(50, ChronoUnit.MINUTES))),
            Map.entry("major-incident-service POST /api/v1/major-incident-proposals/{id}/reject", row -> "{\"reason\": \"routine matter\"}"),
            Map.entry("incident-service POST /api/v1/incidents/{id}/notes", row -> "{\"text\": \"role matrix\", \"visibility\": \"CUSTOMER_VISIBLE\"}"),
            Map.entry("incident-service POST /api/v1/incidents/{id}/dispute", row -> "{\"reason\": \"role matrix\"}"),
            Map.entry("major-incident-service POST /api/v1/major-incidents/{id}/type", row -> """
                    {"type": "OPERATIONAL", "reason": "role matrix"}"""),
            Map.entry("major-incident-service POST /api/v1/major-incidents/{id}/timeline", row -> "{\"text\": \"role matrix\"}"));
}
