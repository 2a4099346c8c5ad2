package org.opsdesk.e2e.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opsdesk.e2e.OpsDeskSystem;
import org.opsdesk.platform.testing.Tokens;

/**
 * The CloudEvents Kafka protocol binding, structured mode, as an outside consumer meets it: every record of the four
 * topics carries {@code content-type: application/cloudevents+json; charset=UTF-8}, the aggregate id as its key, and
 * reads with the official CloudEvents SDK's deserializer into an event with every attribute set.
 */
class CloudEventsBindingTest {

    private static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static OpsDeskSystem system;

    @BeforeAll
    static void start() {
        system = OpsDeskSystem.get();
    }

    @Test
    void everyRecordOfEveryTopicIsAStructuredCloudEventTheSdkReads() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> subjects = Map.of(
                "incident.events.v1", as("incident-service").body("""
                        {"source": "PHONE", "summary": "CloudEvents binding %s", "severity": 4, "urgency": "LOW"}""".formatted(tag))
                        .post("/api/v1/incidents").then().statusCode(201).extract().path("id"),
                "major-incident.events.v1", as("major-incident-service").body("""
                        {"dutyRole": "DUTY_MANAGER", "name": "Cleo Binding", "email": "cleo@example.org", "phone": "+14055550177",
                         "username": "cleo.%s", "startsAt": "2041-01-01T00:00:00Z", "endsAt": "2041-01-02T00:00:00Z"}""".formatted(tag))
                        .post("/api/v1/roster").then().statusCode(201).extract().path("id"),
                "notification.events.v1", putAudience("ce-" + tag),
                "review.events.v1", addClosureDay());

        for (Map.Entry<String, String> topic : subjects.entrySet()) {
            List<ConsumerRecord<String, byte[]>> records = read(topic.getKey(), topic.getValue());
            List<CloudEvent> events = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                if (isEventJson(record.value())) { // the fault drills' poison records are not the services'
                    events.add(readWithSdk(record));
                }
            }
            assertThat(events).as(topic.getKey()).anySatisfy(e -> assertThat(e.getSubject()).isEqualTo(topic.getValue()));
        }
    }

    /**
     * Reads the record as a CloudEvents consumer does (the SDK picks structured mode from the {@code content-type}
     * header) and checks the event equals the JSON on the wire, attribute by attribute; the key is the subject.
     */
    private static CloudEvent readWithSdk(ConsumerRecord<String, byte[]> record) throws IOException {
        String where = record.topic() + "@" + record.partition() + ":" + record.offset();
        Header contentType = record.headers().lastHeader("content-type");
        assertThat(contentType).as("content-type header of " + where).isNotNull();
        assertThat(new String(contentType.value(), StandardCharsets.UTF_8)).as(where).isEqualTo(CONTENT_TYPE);
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        JsonNode wire = JSON.readTree(record.value());
        assertThat(event.getSpecVersion().toString()).as(where).isEqualTo("1.0");
        assertThat(event.getId()).as(where).isEqualTo(wire.path("id").asText()).isNotBlank();
        assertThat(event.getSource()).as(where).hasToString(wire.path("source").asText());
        assertThat(event.getType()).as(where).isEqualTo(wire.path("type").asText())
                .startsWith(record.topic().substring(0, record.topic().indexOf(".events.")) + ".");
        assertThat(event.getSubject()).as(where).isEqualTo(wire.path("subject").asText()).isEqualTo(record.key());
        assertThat(event.getTime().toInstant()).as(where).isEqualTo(Instant.parse(wire.path("time").asText()));
        assertThat(event.getDataContentType()).as(where).isEqualTo("application/json");
        assertThat(event.getData()).as(where).isNotNull();
        assertThat(JSON.readTree(event.getData().toBytes())).as(where).isEqualTo(wire.path("data")).isNotEmpty();
        return event;
    }

    private static boolean isEventJson(byte[] value) {
        try {
            return JSON.readTree(value).has("specversion");
        } catch (IOException notJson) {
            return false;
        }
    }

    /** Every record of {@code topic} up to (at least) the one whose key is {@code subject}. */
    private static List<ConsumerRecord<String, byte[]>> read(String topic, String subject) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "cloudevents-sdk-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline) && records.stream().noneMatch(r -> subject.equals(r.key()))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static RequestSpecification as(String service) {
        return given().baseUri(system.url(service)).header("Authorization", Tokens.bearer("e2e.cloudevents", null, new String[] {"admin"}))
                .contentType(ContentType.JSON);
    }

    private static String putAudience(String key) {
        as("notification-service").body("""
                {"name": "CloudEvents binding", "communicator": "e2e", "channel": "EMAIL", "inDefaultPlan": false}""")
                .put("/api/v1/audiences/" + key).then().statusCode(201);
        return key;
    }

    private static String addClosureDay() {
        String day = LocalDate.of(2060, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000)).toString();
        as("review-service").body("""
                {"date": "%s", "reason": "CloudEvents binding"}""".formatted(day)).post("/api/v1/closure-days").then().statusCode(201);
        return day;
    }
}
