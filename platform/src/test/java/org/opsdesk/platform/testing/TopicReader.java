package org.opsdesk.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.opsdesk.platform.events.OutboxRelay;

/** Reads and writes topics of the real broker the way an outside observer would. */
public final class TopicReader {

    private TopicReader() {
    }

    public static String bootstrap() {
        String fromEnv = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        return fromEnv != null ? fromEnv : "127.0.0.1:9092";
    }

    /** Every record of the topic, waiting up to {@code timeout} until {@code done} holds for the records read. */
    public static List<ConsumerRecord<String, String>> read(String topic, Duration timeout,
                                                            Predicate<List<ConsumerRecord<String, String>>> done) {
        return read(bootstrap(), topic, timeout, done);
    }

    public static List<ConsumerRecord<String, String>> read(String bootstrap, String topic, Duration timeout,
                                                            Predicate<List<ConsumerRecord<String, String>>> done) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            Instant deadline = Instant.now().plus(timeout);
            List<TopicPartition> partitions = List.of();
            while (Instant.now().isBefore(deadline)) {
                if (partitions.isEmpty()) {
                    try {
                        partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                                .map(p -> new TopicPartition(topic, p.partition())).toList();
                    } catch (org.apache.kafka.common.errors.TimeoutException brokerNotBackYet) {
                        continue; // a broker just restarted on a busy machine: ask again until the deadline
                    }
                    if (partitions.isEmpty()) {
                        sleep();
                        continue;
                    }
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (done.test(records)) {
                    break;
                }
            }
        }
        return records;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void send(String topic, String key, String value) {
        send(bootstrap(), topic, key, value);
    }

    /** Sends {@code value} as the outbox relay does: with the CloudEvents structured-mode content-type header. */
    public static void send(String bootstrap, String topic, String key, String value) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add(OutboxRelay.CONTENT_TYPE, OutboxRelay.STRUCTURED_CLOUDEVENT.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }
}
