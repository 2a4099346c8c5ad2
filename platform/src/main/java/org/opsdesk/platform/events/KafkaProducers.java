package org.opsdesk.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one Kafka producer of a service: acks=all and idempotent, used only by the outbox relay. */
@ApplicationScoped
public class KafkaProducers {

    private final String bootstrapServers;
    private Producer<String, String> producer;

    KafkaProducers(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                    ProducerConfig.LINGER_MS_CONFIG, 5),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
