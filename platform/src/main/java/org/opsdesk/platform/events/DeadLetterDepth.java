package org.opsdesk.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;

/**
 * How many records wait on each dead-letter topic this service parks events on, as the gauge
 * {@code opsdesk_dead_letter_records{topic=…}}: a value above zero needs an operator (docs/operations.md, replay).
 * Read from the broker at most every 15 s; while the broker is unreachable the last value stays.
 */
@ApplicationScoped
public class DeadLetterDepth {

    static final long TIMEOUT_MS = 2_000;

    private final BrokerReadings<String> depths;

    DeadLetterDepth(@Wellness KafkaWellness kafka) {
        this.depths = new BrokerReadings<>(kafka, DeadLetterDepth::retained);
    }

    void register(@Observes StartupEvent event, MeterRegistry registry, Config config) {
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".dead-letter-queue.topic")) {
                String topic = config.getValue(name, String.class);
                if (depths.add(topic)) {
                    Gauge.builder("opsdesk.dead.letter.records", () -> depths.get(topic)).tag("topic", topic)
                            .description("records parked on the dead-letter topic").register(registry);
                }
            }
        }
    }

    private static long retained(Admin admin, String topic) throws Exception {
        return sum(offsets(admin, topic, OffsetSpec.latest())) - sum(offsets(admin, topic, OffsetSpec.earliest()));
    }

    /** The offset {@code spec} of every partition of the topic; none when the topic does not exist (yet). */
    static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec) throws Exception {
        TopicDescription description;
        try {
            description = admin.describeTopics(List.of(topic)).topicNameValues().get(topic).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of(); // nothing was ever published or parked
            }
            throw e;
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
