package org.opsdesk.e2e.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The drill's view of the broker: whole topics read from the beginning, consumer groups' offsets, a raw producer. */
final class Topics {

    static final String INCIDENT = "incident.events.v1";
    static final String MAJOR_INCIDENT = "major-incident.events.v1";
    static final String NOTIFICATION = "notification.events.v1";
    static final String REVIEW = "review.events.v1";

    private final String bootstrap;

    Topics(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Every record of the topic up to its end offsets as of now (empty when the topic does not exist). */
    List<ConsumerRecord<String, String>> readAll(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "drill-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (!exists(topic)) {
            return records;
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("cannot read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
        }
        return records;
    }

    /** The sum of the topic's end offsets: how many records it has had (0 when it does not exist). */
    long endOffsets(String topic) {
        if (!exists(topic)) {
            return 0;
        }
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return endOffsets(consumer, topic);
        }
    }

    /** Waits until the topic has had at least {@code target} records; false when the timeout passed first. */
    boolean awaitGrowth(String topic, long target, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            while (Instant.now().isBefore(deadline)) {
                try {
                    if (endOffsets(consumer, topic) >= target) {
                        return true;
                    }
                } catch (RuntimeException brokerNotBackYet) {
                    // retried until the deadline
                }
                Load.pause(Duration.ofMillis(20));
            }
        }
        return false;
    }

    private static long endOffsets(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.endOffsets(partitions(consumer, topic), Duration.ofSeconds(30)).values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    boolean exists(String topic) {
        try (Admin admin = admin()) {
            return admin.listTopics().names().get(30, java.util.concurrent.TimeUnit.SECONDS).contains(topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot list the topics", e);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false), new StringDeserializer(), new StringDeserializer());
    }

    /** Sends one record to a given partition; answers its offset. */
    long send(String topic, int partition, String key, String value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            RecordMetadata metadata = producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
            return metadata.offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** The group's committed offset on one partition (-1 when it has none). */
    long committed(String group, TopicPartition partition) {
        try (Admin admin = admin()) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(partition);
            return offset == null ? -1 : offset.offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + group, e);
        }
    }

    /** Records of the topic not yet committed by the group, over all partitions. */
    long lag(String group, String topic) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            return -1;
        }
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(config);
    }
}
