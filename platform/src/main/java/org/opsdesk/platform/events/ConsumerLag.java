package org.opsdesk.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private static final Duration FRESH = Duration.ofSeconds(15);

    private record Subscription(String group, String topic) {
    }

    private final KafkaWellness kafka;
    private final Map<Subscription, Double> lags = new ConcurrentHashMap<>();
    private long refreshedAt;

    ConsumerLag(@Wellness KafkaWellness kafka) {
        this.kafka = kafka;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry, Config config) {
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".group.id")) {
                String channel = name.substring(0, name.length() - ".group.id".length());
                Subscription subscription = new Subscription(config.getValue(name, String.class),
                        config.getValue(channel + ".topic", String.class));
                if (lags.putIfAbsent(subscription, Double.NaN) == null) {
                    Gauge.builder("opsdesk.consumer.lag.records", () -> lag(subscription))
                            .tag("group", subscription.group()).tag("topic", subscription.topic())
                            .description("records of the topic the consumer group has not processed yet").register(registry);
                }
            }
        }
    }

    private double lag(Subscription subscription) {
        refreshIfStale();
        return lags.get(subscription);
    }

    private synchronized void refreshIfStale() {
        long now = System.nanoTime();
        if (refreshedAt != 0 && now - refreshedAt < FRESH.toNanos()) {
            return;
        }
        refreshedAt = now;
        Admin admin = kafka.admin();
        lags.keySet().forEach(subscription -> {
            try {
                lags.put(subscription, (double) lag(admin, subscription.group(), subscription.topic()));
            } catch (Exception unreachable) {
                // keep the last value
            }
        });
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
