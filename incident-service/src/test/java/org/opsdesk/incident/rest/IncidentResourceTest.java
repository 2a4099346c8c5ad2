package org.opsdesk.incident.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Tokens;
import org.opsdesk.platform.testing.TopicReader;

@QuarkusTest
class IncidentResourceTest {

    private static final String BODY = """
            {"source": "PHONE", "summary": "Email is down for the finance floor", "severity": 2}
            """;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    @Test
    void loggingAnIncidentAnswers201AndPublishesASchemaValidEvent() {
        String id = given().header("Authorization", Tokens.bearer("service-desk"))
                .contentType("application/json").body(BODY)
                .when().post("/api/v1/incidents")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/incidents/"))
                .body("number", matchesPattern("INC-\\d{7}"))
                .body("status", equalTo("NEW"))
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = TopicReader.read(topic, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> r.key().equals(id)));
        ConsumerRecord<String, String> created = records.stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow();
        assertThat(created.value()).contains("\"type\":\"incident.created\"");
        EventSchemas.assertValid(created.value());

        given().header("Authorization", Tokens.bearer("technician"))
                .when().get("/api/v1/incidents/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void withoutATokenTheAnswerIs401AndNothingIsStored() {
        long before = count();
        given().contentType("application/json").body(BODY)
                .when().post("/api/v1/incidents")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.expired("service-desk")).contentType("application/json").body(BODY)
                .when().post("/api/v1/incidents")
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aMonitoringTokenMayNotLogIncidentsByHand() {
        long before = count();
        given().header("Authorization", Tokens.bearer("monitoring")).contentType("application/json").body(BODY)
                .when().post("/api/v1/incidents")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        long before = count();
        given().header("Authorization", Tokens.bearer("service-desk")).contentType("application/json")
                .body("{\"source\": \"PHONE\", \"summary\": \"\", \"severity\": 7}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", hasItem("summary"))
                .body("invalid-params.name", hasItem("severity"));
        given().header("Authorization", Tokens.bearer("service-desk")).contentType("application/json")
                .body("{\"source\": \"CARRIER_PIGEON\", \"summary\": \"x\", \"severity\": 1}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", hasItem("source"));
        given().header("Authorization", Tokens.bearer("service-desk")).contentType("application/json")
                .body("{\"source\": \"PHONE\", \"summary\": \"x\", \"severity\": 1, \"colour\": \"red\"}")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).body("invalid-params.name", hasItem("colour"));
        given().header("Authorization", Tokens.bearer("service-desk")).contentType("application/json")
                .body("{\"source\": ")
                .when().post("/api/v1/incidents")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("service-desk")).contentType("text/plain").body("hello")
                .when().post("/api/v1/incidents")
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUnknownIncidentIs404AndAMalformedIdIs404Too() {
        given().header("Authorization", Tokens.bearer("service-desk"))
                .when().get("/api/v1/incidents/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("service-desk"))
                .when().get("/api/v1/incidents/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private long count() {
        return ((Number) em.createNativeQuery("select count(*) from incident").getSingleResult()).longValue();
    }
}
