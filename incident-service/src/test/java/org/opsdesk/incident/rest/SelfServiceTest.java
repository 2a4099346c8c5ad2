package org.opsdesk.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.opsdesk.incident.IncidentApi.as;
import static org.opsdesk.incident.IncidentApi.create;
import static org.opsdesk.incident.IncidentApi.desk;
import static org.opsdesk.incident.IncidentApi.events;
import static org.opsdesk.incident.IncidentApi.unique;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A customer token sees and logs only its own organisation's incidents; any other id answers 404. */
@QuarkusTest
class SelfServiceTest {

    @ConfigProperty(name = "opsdesk.events.topic")
    String topic;

    private static RequestSpecification customer(String org) {
        return as("pat.customer", org, "customer");
    }

    @Test
    void aCustomerLogsThroughSelfServiceForItsOwnOrganisation() {
        String org = unique("agency");
        String id = customer(org).body("{\"summary\": \"Cannot log in to HR self-service\", \"severity\": 3, \"serviceIds\": [\"hr-self-service\"]}")
                .when().post("/api/v1/incidents").then().statusCode(201)
                .body("source", equalTo("SELF_SERVICE")).body("customerOrg", equalTo(org)).body("loggedBy", equalTo("pat.customer"))
                .extract().path("id");
        customer(org).when().get("/api/v1/incidents/" + id).then().statusCode(200);
        customer(org).when().get("/api/v1/incidents").then().statusCode(200)
                .body("items.customerOrg", everyItem(equalTo(org))).body("items.id", hasItem(id));
    }

    /** 004 §3.3: the severity a customer asks for is the desk's to confirm; the events say which it is. */
    @Test
    void aCustomersRequestedSeverityStaysRequestedUntilTheDeskSetsIt() {
        String org = unique("agency");
        String id = customer(org).body("{\"summary\": \"Nothing works\", \"severity\": 1}").when().post("/api/v1/incidents")
                .then().statusCode(201).body("severity", equalTo(1)).body("requestedSeverity", equalTo(1)).extract().path("id");
        assertThat(events(topic, id, "incident.created", 1).get(0).path("requestedSeverity").asInt()).isEqualTo(1);
        desk().body("{\"severity\": 1}").when().patch("/api/v1/incidents/" + id).then().statusCode(200)
                .body("severity", equalTo(1)).body("requestedSeverity", nullValue());
        JsonNode updated = events(topic, id, "incident.updated", 1).get(0);
        assertThat(updated.path("requestedSeverity").isNull()).isTrue();
        assertThat(updated.path("changes").toString()).contains("requestedSeverity");
        String byPhone = create("{\"source\": \"PHONE\", \"summary\": \"Down\", \"severity\": 1, \"customerOrg\": \"%s\"}".formatted(org));
        desk().when().get("/api/v1/incidents/" + byPhone).then().body("requestedSeverity", nullValue());
    }

    @Test
    void anotherOrganisationsIncidentDoesNotExistForACustomer() {
        String mine = unique("agency");
        String theirs = unique("agency");
        String id = create("{\"source\": \"PHONE\", \"summary\": \"Their outage\", \"severity\": 2, \"customerOrg\": \"%s\"}".formatted(theirs));
        customer(mine).when().get("/api/v1/incidents/" + id).then().statusCode(404);
        customer(mine).when().get("/api/v1/incidents/" + id + "/notes").then().statusCode(404);
        customer(mine).when().get("/api/v1/incidents/" + id + "/links").then().statusCode(404);
        customer(mine).body("{\"reason\": \"x\"}").when().post("/api/v1/incidents/" + id + "/dispute").then().statusCode(404);
        customer(mine).when().get("/api/v1/incidents?customerOrg=" + theirs).then().statusCode(200).body("total", equalTo(0));
        as("nobody", null, "customer").when().get("/api/v1/incidents/" + id).then().statusCode(404);
        as("nobody", null, "customer").when().get("/api/v1/incidents").then().statusCode(200).body("total", equalTo(0));
        as("nobody", null, "customer").body("{\"summary\": \"x\", \"severity\": 3}").when().post("/api/v1/incidents")
                .then().statusCode(403);
    }

    @Test
    void aCustomerCannotLogForAnotherOrganisationNorPretendAnotherSource() {
        String org = unique("agency");
        customer(org).body("{\"summary\": \"x\", \"severity\": 3, \"customerOrg\": \"someone-else\"}")
                .when().post("/api/v1/incidents").then().statusCode(400).body("invalid-params.name", hasItem("customerOrg"));
        customer(org).body("{\"source\": \"MONITORING\", \"summary\": \"x\", \"severity\": 3}")
                .when().post("/api/v1/incidents").then().statusCode(400).body("invalid-params.name", hasItem("source"));
        customer(org).when().get("/api/v1/incidents").then().body("total", equalTo(0));
    }

    @Test
    void aCustomerMayNotWorkOnTheCaseOrReadItsHistory() {
        String org = unique("agency");
        String id = customer(org).body("{\"summary\": \"Slow portal\", \"severity\": 4}").when().post("/api/v1/incidents")
                .then().statusCode(201).extract().path("id");
        customer(org).body("{\"team\": \"server-team\"}").when().post("/api/v1/incidents/" + id + "/assign").then().statusCode(403);
        customer(org).body("{\"resolutionType\": \"WORKAROUND\", \"resolution\": \"x\", \"confirmationMethod\": \"PHONE\"}")
                .when().post("/api/v1/incidents/" + id + "/resolve").then().statusCode(403);
        customer(org).when().get("/api/v1/incidents/" + id + "/history").then().statusCode(403);
        customer(org).when().get("/api/v1/teams").then().statusCode(403);
        desk().when().get("/api/v1/incidents/" + id).then().body("status", equalTo("NEW"));
    }
}
