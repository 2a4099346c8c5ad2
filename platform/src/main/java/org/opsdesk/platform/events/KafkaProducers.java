package org.opsdesk.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import io.smallrye.common.annotation.Identifier;
import java.util.HashMap;

/** The one Kafka producer of a service: acks=all and idempotent, used only by the outbox relay. */
@ApplicationScoped
public class KafkaProducers {

    private final Map<String, Object> kafkaConfig;
    private Producer<String, String> producer;

    /** @param kafkaConfig every {@code kafka.*} property (bootstrap servers, security protocol, SASL, TLS) */
    KafkaProducers(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    /** The service's connection settings (address, security) with {@code overrides} on top. */
    public Map<String, Object> config(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.equals("security.protocol")
                    || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                config.put(key, value);
            }
        });
        config.putAll(overrides);
        return config;
    }

    synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(config(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                    // the relay sends what it read and waits for the acks: nothing is gained by lingering
                    ProducerConfig.LINGER_MS_CONFIG, 0)),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** Drops the producer without waiting; the next publish creates a new one. */
    synchronized void reset() {
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
