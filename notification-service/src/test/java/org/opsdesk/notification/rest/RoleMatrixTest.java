package org.opsdesk.notification.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opsdesk.notification.support.MailAndHttpPeers;
import org.opsdesk.platform.security.Roles;
import org.opsdesk.platform.testing.Tokens;

/**
 * Every endpoint against every role, as docs/services/notification-service.md lists them: an allowed role gets past
 * security (here to a 404 or 400 that changes nothing), any other role gets 403.
 */
@QuarkusTest
@WithTestResource(MailAndHttpPeers.class)
class RoleMatrixTest {

    static final List<String> ALL = List.of(Roles.SERVICE_DESK, Roles.TECHNICIAN, Roles.TEAM_MANAGER, Roles.ITOCC, Roles.SOC,
            Roles.EXECUTIVE, Roles.STRATEGIC_INITIATIVES, Roles.EXECUTIVE_SPONSOR, Roles.CIO, Roles.CTO, Roles.SECURITY_OFFICER,
            Roles.DUTY_MANAGER, Roles.COMMUNICATIONS, Roles.CUSTOMER, Roles.MONITORING, Roles.INTEGRATION, Roles.ADMIN);
    static final Set<String> PLAN_READERS = Set.of(Roles.ITOCC, Roles.COMMUNICATIONS, Roles.STRATEGIC_INITIATIVES, Roles.DUTY_MANAGER,
            Roles.SECURITY_OFFICER, Roles.SERVICE_DESK, Roles.EXECUTIVE, Roles.CIO, Roles.CTO, Roles.INTEGRATION, Roles.ADMIN);
    static final Set<String> PLAN_EDITORS = Set.of(Roles.ITOCC, Roles.COMMUNICATIONS, Roles.STRATEGIC_INITIATIVES, Roles.DUTY_MANAGER,
            Roles.SECURITY_OFFICER, Roles.ADMIN);
    static final Set<String> INCIDENT_LOG_READERS = Set.of(Roles.SERVICE_DESK, Roles.TECHNICIAN, Roles.TEAM_MANAGER, Roles.ITOCC,
            Roles.COMMUNICATIONS, Roles.DUTY_MANAGER, Roles.INTEGRATION, Roles.ADMIN);
    static final Set<String> DIRECTORY_READERS = Set.of(Roles.ADMIN, Roles.COMMUNICATIONS, Roles.STRATEGIC_INITIATIVES, Roles.ITOCC,
            Roles.SERVICE_DESK, Roles.DUTY_MANAGER, Roles.EXECUTIVE, Roles.INTEGRATION);
    static final Set<String> CONTACT_EDITORS = Set.of(Roles.ADMIN, Roles.COMMUNICATIONS, Roles.STRATEGIC_INITIATIVES, Roles.ITOCC,
            Roles.SERVICE_DESK);
    static final Set<String> NOTICE_READERS = Set.of(Roles.SERVICE_DESK, Roles.TECHNICIAN, Roles.TEAM_MANAGER, Roles.ITOCC,
            Roles.COMMUNICATIONS, Roles.STRATEGIC_INITIATIVES, Roles.DUTY_MANAGER, Roles.INTEGRATION, Roles.ADMIN);
    static final Set<String> AUDIENCE_EDITORS = Set.of(Roles.ADMIN, Roles.COMMUNICATIONS, Roles.STRATEGIC_INITIATIVES, Roles.ITOCC);

    record Endpoint(String method, String path, String body, Set<String> allowed) {
    }

    @Test
    void eachRoleMayDoExactlyWhatTheMatrixSays() {
        String mi = "/api/v1/major-incidents/" + UUID.randomUUID();
        String unknown = "unknown-" + UUID.randomUUID().toString().substring(0, 8);
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", mi + "/communication-plan", null, PLAN_READERS),
                new Endpoint("PUT", mi + "/communication-plan", "{\"audiences\": []}", PLAN_EDITORS),
                new Endpoint("GET", mi + "/communications", null, PLAN_READERS),
                new Endpoint("GET", "/api/v1/incidents/" + UUID.randomUUID() + "/communications", null, INCIDENT_LOG_READERS),
                new Endpoint("GET", "/api/v1/contacts/" + unknown, null, DIRECTORY_READERS),
                new Endpoint("PUT", "/api/v1/contacts/" + unknown, "{\"name\": \"\"}", CONTACT_EDITORS),
                new Endpoint("DELETE", "/api/v1/contacts/" + unknown, null, CONTACT_EDITORS),
                new Endpoint("GET", "/api/v1/audiences/" + unknown, null, DIRECTORY_READERS),
                new Endpoint("PUT", "/api/v1/audiences/" + unknown, "{\"name\": \"\"}", AUDIENCE_EDITORS),
                new Endpoint("DELETE", "/api/v1/audiences/" + unknown, null, AUDIENCE_EDITORS),
                new Endpoint("POST", "/api/v1/audiences/" + unknown + "/webhook-secret", null, AUDIENCE_EDITORS),
                new Endpoint("GET", "/api/v1/notices?subjectId=not-a-uuid", null, NOTICE_READERS));
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (String role : ALL) {
                var request = given().header("Authorization", Tokens.bearer(role));
                if (endpoint.body() != null) {
                    request = request.contentType("application/json").body(endpoint.body());
                }
                int status = request.when().request(endpoint.method(), endpoint.path()).then().extract().statusCode();
                boolean allowed = endpoint.allowed().contains(role);
                if (allowed ? status == 403 || status == 401 || status >= 500 || status < 400 : status != 403) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + role + ": " + status);
                }
            }
            assertThat(given().when().request(endpoint.method(), endpoint.path()).then().extract().statusCode())
                    .as("%s %s without a token", endpoint.method(), endpoint.path()).isEqualTo(401);
        }
        assertThat(wrong).isEmpty();
    }
}
