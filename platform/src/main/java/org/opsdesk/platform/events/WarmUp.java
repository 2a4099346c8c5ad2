package org.opsdesk.platform.events;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * The start-up check (/q/health/started; Kubernetes applies readiness only after it passes): a started service is
 * warm before it takes traffic, so the first event after a start crosses its hop as fast as the next (issue 16).
 * Warm means every consumer has joined its group (a generation assigned; a replica beyond the partition count joins
 * with none) and the outbox relay's producer knows its
 * topic (OutboxRelay warms it). A broker that does not answer delays the pass by at most
 * {@code opsdesk.events.warm-up} from the start, never longer: readiness stays independent of Kafka (issue 15).
 */
@Startup
@ApplicationScoped
public class WarmUp implements HealthCheck {

    private static final Duration ASK_FOR = Duration.ofMillis(500);
    private static final Function<Consumer<Object, Object>, Integer> GENERATION = c -> c.groupMetadata().generationId();

    private final KafkaClientService kafka;
    private final OutboxRelay relay;
    private final EventsConfig config;
    private volatile long startedAt = System.nanoTime();
    private volatile boolean warm;

    WarmUp(KafkaClientService kafka, OutboxRelay relay, EventsConfig config) {
        this.kafka = kafka;
        this.relay = relay;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        startedAt = System.nanoTime();
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("warm-up");
        if (warm || (warm = consumersJoined() && relay.warm())) {
            return response.up().build();
        }
        boolean waitedEnough = System.nanoTime() - startedAt > config.warmUp().toNanos();
        return (waitedEnough ? response.up() : response.down())
                .withData("consumers", consumersJoined()).withData("relay", relay.warm()).build();
    }

    private boolean consumersJoined() {
        for (String channel : kafka.getConsumerChannels()) {
            for (KafkaConsumer<Object, Object> consumer : kafka.<Object, Object>getConsumers(channel)) {
                Integer generation;
                try {
                    generation = consumer.runOnPollingThread(GENERATION).await().atMost(ASK_FOR);
                } catch (RuntimeException notYet) {
                    return false;
                }
                if (generation == null || generation < 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
