package org.opsdesk.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;

/**
 * How many records of each topic this service consumes its consumer group has yet to process, as the gauge
 * {@code opsdesk_consumer_lag_records{group=…,topic=…}} (a partition without a committed offset counts from its
 * earliest record). Read from the broker at most every 15 s; while the broker is unreachable the last value stays.
 */
@ApplicationScoped
public class ConsumerLag {

    private record Subscription(String group, String topic) {
    }

    private final BrokerReadings<Subscription> lags;

    ConsumerLag(@Wellness KafkaWellness kafka) {
        this.lags = new BrokerReadings<>(kafka, (admin, s) -> lag(admin, s.group(), s.topic()));
    }

    void register(@Observes StartupEvent event, MeterRegistry registry, Config config) {
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".group.id")) {
                String channel = name.substring(0, name.length() - ".group.id".length());
                Subscription subscription = new Subscription(config.getValue(name, String.class),
                        config.getValue(channel + ".topic", String.class));
                if (lags.add(subscription)) {
                    Gauge.builder("opsdesk.consumer.lag.records", () -> lags.get(subscription))
                            .tag("group", subscription.group()).tag("topic", subscription.topic())
                            .description("records of the topic the consumer group has not processed yet").register(registry);
                }
            }
        }
    }

    static long lag(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(DeadLetterDepth.TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> earliest = DeadLetterDepth.offsets(admin, topic, OffsetSpec.earliest());
        long lag = 0;
        for (var end : DeadLetterDepth.offsets(admin, topic, OffsetSpec.latest()).entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue() - Math.max(done == null ? 0 : done.offset(), earliest.getOrDefault(end.getKey(), 0L));
        }
        return lag;
    }
}
