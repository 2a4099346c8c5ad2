package org.opsdesk.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.opsdesk.platform.security.Roles;

/** The change log ({@code GET /api/v1/change-log}) as a service's @QuarkusTest reads it, and the checks every service makes. */
public final class ChangeLogApi {

    public static final String PATH = "/api/v1/change-log";
    private static final List<String> READERS = List.of(Roles.ADMIN, Roles.SECURITY_OFFICER);
    private static final List<String> ROLES = List.of(Roles.SERVICE_DESK, Roles.TECHNICIAN, Roles.TEAM_MANAGER, Roles.ITOCC,
            Roles.SOC, Roles.EXECUTIVE, Roles.STRATEGIC_INITIATIVES, Roles.EXECUTIVE_SPONSOR, Roles.CIO, Roles.CTO,
            Roles.SECURITY_OFFICER, Roles.DUTY_MANAGER, Roles.COMMUNICATIONS, Roles.CUSTOMER, Roles.MONITORING,
            Roles.INTEGRATION, Roles.ADMIN);

    private ChangeLogApi() {
    }

    /** The entries of one resource, newest first, as a security officer reads them. */
    public static ValidatableResponse entries(String kind, String resourceId) {
        return given().header("Authorization", "Bearer " + Tokens.token("sid.security", null, Roles.SECURITY_OFFICER))
                .queryParam("kind", kind).queryParam("resourceId", resourceId).queryParam("size", 200)
                .when().get(PATH).then().statusCode(200);
    }

    /**
     * Only admins and security officers read the log; the OpenAPI document lists its GET and nothing else, and no other
     * method answers but 405; the database refuses to change or delete a row (here the rows of {@code resourceId},
     * which must exist).
     */
    public static void assertReadOnly(EntityManager em, String resourceId) {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'" + PATH + "'.keySet()", contains("get"));
        List<String> wrong = new ArrayList<>();
        for (String role : ROLES) {
            int status = given().header("Authorization", Tokens.bearer(role)).when().get(PATH).then().extract().statusCode();
            if (status != (READERS.contains(role) ? 200 : 403)) {
                wrong.add("GET as " + role + ": " + status);
            }
        }
        given().when().get(PATH).then().statusCode(401);
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            given().header("Authorization", Tokens.bearer(Roles.ADMIN)).contentType("application/json").body("{\"actor\": \"forged\"}")
                    .when().request(method, PATH).then().statusCode(405).contentType("application/problem+json");
        }
        assertThat(wrong).isEmpty();

        for (String statement : List.of("update change_log set actor = 'forged' where resource_id = ?1",
                "delete from change_log where resource_id = ?1")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement)
                    .setParameter(1, resourceId).executeUpdate()))
                    .as(statement).hasStackTraceContaining("change_log is append-only");
        }
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).queryParam("resourceId", resourceId).when().get(PATH)
                .then().statusCode(200).body("items", not(empty())).body("items.actor", not(hasItem("forged")));
    }
}
