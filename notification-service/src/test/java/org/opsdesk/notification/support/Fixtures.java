package org.opsdesk.notification.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import org.opsdesk.platform.testing.Tokens;

/**
 * The default plan of 000 §5.5 with contacts, loaded through the API as the demo's seed files are. Idempotent, so
 * every test that needs it calls it; the addresses below are what tests assert on.
 */
public final class Fixtures {

    public static final List<String> EXECUTIVE_EMAILS = List.of("executive-sponsors@opsdesk.example",
            "strategic-initiatives@opsdesk.example", "omes-service-desk@opsdesk.example", "it-strategists@opsdesk.example");
    public static final List<String> LEADERSHIP_PHONES = List.of("+14055550101", "+14055550102", "+14055550103");
    public static final List<String> BULLETIN_TOPICS = List.of("CUSTOMERS", "TECHNICAL_ACCOUNT_MANAGERS", "ACCOUNT_EXECUTIVES", "IS_MANAGERS");

    private static boolean loaded;

    private Fixtures() {
    }

    public static synchronized void defaultPlan() {
        if (loaded) {
            return;
        }
        contact("executive-sponsors", Map.of("name", "Executive Sponsors", "email", EXECUTIVE_EMAILS.get(0)));
        contact("strategic-initiatives", Map.of("name", "Strategic Initiatives team", "email", EXECUTIVE_EMAILS.get(1)));
        contact("omes-service-desk", Map.of("name", "OMES Service Desk", "email", EXECUTIVE_EMAILS.get(2)));
        contact("it-strategists", Map.of("name", "IT Strategists", "email", EXECUTIVE_EMAILS.get(3)));
        contact("cio", Map.of("name", "Chief Information Officer", "phone", LEADERSHIP_PHONES.get(0)));
        contact("coao", Map.of("name", "Chief Operating and Administrative Officer", "phone", LEADERSHIP_PHONES.get(1)));
        contact("public-affairs", Map.of("name", "Director of Public Affairs", "phone", LEADERSHIP_PHONES.get(2)));
        audience("executive-updates", Map.of("name", "Executive Sponsors, Strategic Initiatives team, OMES Service Desk, IT Strategists",
                "communicator", "Major Incident Coordinator", "channel", "EMAIL",
                "members", List.of("executive-sponsors", "strategic-initiatives", "omes-service-desk", "it-strategists"),
                "inDefaultPlan", true, "position", 1));
        audience("leadership-text", Map.of("name", "CIO, COAO, Director of Public Affairs", "communicator", "Strategic Initiatives team",
                "channel", "SMS", "members", List.of("cio", "coao", "public-affairs"), "inDefaultPlan", true, "position", 2));
        audience("customer-bulletin", Map.of("name", "Customers, TAMs, Account Executives, OMES IS Managers",
                "communicator", "OMES Service Desk", "channel", "BULK", "topics", BULLETIN_TOPICS, "inDefaultPlan", true, "position", 3));
        audience("status-page", Map.of("name", "Public status page", "communicator", "OMES Service Desk", "channel", "STATUS_PAGE",
                "inDefaultPlan", true, "position", 4));
        loaded = true;
    }

    public static void contact(String key, Map<String, Object> body) {
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json").body(body)
                .when().put("/api/v1/contacts/" + key).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    public static void audience(String key, Map<String, Object> body) {
        given().header("Authorization", Tokens.bearer("admin")).contentType("application/json").body(body)
                .when().put("/api/v1/audiences/" + key).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }
}
