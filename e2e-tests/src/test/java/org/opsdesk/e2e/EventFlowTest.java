package org.opsdesk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.Metrics;
import org.opsdesk.platform.testing.TopicReader;

/** The plumbing across real processes: outbox → broker → every consuming service, also across a broker outage. */
class EventFlowTest {

    private static final String INCIDENT_TOPIC = "incident.events.v1";
    private static final List<String> INCIDENT_CONSUMERS = List.of("major-incident-service", "notification-service", "review-service");
    private static OpsDeskSystem system;

    @BeforeAll
    static void start() {
        system = OpsDeskSystem.get();
    }

    @Test
    void anIncidentEventReachesEveryServiceThatConsumesIt() {
        String id = logIncident("Printer queue stuck on floor 3", 3);

        ConsumerRecord<String, String> created = awaitEvent(id, "incident.created");
        EventSchemas.assertValid(created.value());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                INCIDENT_CONSUMERS.forEach(group -> assertThat(consumedAll(group)).as(group + " consumed the topic").isTrue()));
    }

    @Test
    void withTheBrokerDownAStateChangeCommitsAtOnceAndItsEventArrivesOnceAfterTheRestart() throws Exception {
        system.kafka.kill();
        String id;
        try {
            ServiceProcess incidents = system.service("incident-service");
            await().atMost(Duration.ofSeconds(60)).until(() -> !incidents.well());
            assertThat(incidents.ready()).as("ready while the broker is down: the outbox holds the events").isTrue();

            id = logIncident("Logged while Kafka is down", 3);
            assertThat(outboxRows(id)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(Metrics.value(incidents.url(), "opsdesk_outbox_events")).as("events waiting").isGreaterThanOrEqualTo(1);
                assertThat(Metrics.value(incidents.url(), "opsdesk_outbox_oldest_event_age_seconds")).as("oldest age").isPositive();
            });
        } finally {
            system.kafka.start();
        }
        awaitEvent(id, "incident.created");
        await().atMost(Duration.ofSeconds(60)).until(() -> system.service("incident-service").well());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                INCIDENT_CONSUMERS.forEach(group -> assertThat(consumedAll(group)).as(group + " consumed the topic").isTrue()));
        List<ConsumerRecord<String, String>> events = TopicReader.read(system.kafka.bootstrap(), INCIDENT_TOPIC, Duration.ofSeconds(3), r -> false);
        assertThat(events.stream().filter(r -> r.key().equals(id) && r.value().contains("\"incident.created\""))).hasSize(1);
        assertThat(outboxRows(id)).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Metrics.value(system.url("incident-service"), "opsdesk_outbox_events")).isZero();
            assertThat(Metrics.value(system.url("incident-service"), "opsdesk_outbox_oldest_event_age_seconds")).isZero();
        });
    }

    private String logIncident(String summary, int severity) {
        return given().baseUri(system.service("incident-service").url())
                .header("Authorization", TokenCommand.bearer("e2e.desk", null, "service-desk"))
                .contentType("application/json")
                .body(Map.of("source", "PHONE", "summary", summary, "severity", severity))
                .when().post("/api/v1/incidents")
                .then().statusCode(201).extract().path("id");
    }

    private static ConsumerRecord<String, String> awaitEvent(String incidentId, String type) {
        return TopicReader.read(system.kafka.bootstrap(), INCIDENT_TOPIC, Duration.ofSeconds(60),
                        read -> read.stream().anyMatch(r -> matches(r, incidentId, type)))
                .stream().filter(r -> matches(r, incidentId, type)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " of " + incidentId + " never reached " + INCIDENT_TOPIC));
    }

    private static boolean matches(ConsumerRecord<String, String> record, String key, String type) {
        return record.key().equals(key) && record.value().contains("\"type\":\"" + type + "\"");
    }

    /** The consumer group has committed offsets up to the end of every partition of the incident topic. */
    private static boolean consumedAll(String group) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka.bootstrap());
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(List.of(INCIDENT_TOPIC)).allTopicNames().get().get(INCIDENT_TOPIC).partitions();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(INCIDENT_TOPIC, p.partition()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + group, e);
        }
    }

    private static long outboxRows(String incidentId) throws Exception {
        try (Connection db = OpsDeskSystem.connect("incident-service");
             ResultSet rows = db.createStatement().executeQuery(
                     "select count(*) from outbox_event where subject = '" + incidentId + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
