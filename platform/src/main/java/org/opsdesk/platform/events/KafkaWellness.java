package org.opsdesk.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the broker answers within two seconds, as a wellness check (/q/health/well) and the gauge
 * {@code opsdesk_kafka_reachable} (1 or 0). Not readiness: the outbox keeps intake going while the broker is down,
 * so an outage must not take the pods out of their Service (docs/operations.md, "Health and metrics").
 */
@Wellness
@ApplicationScoped
public class KafkaWellness implements HealthCheck {

    private static final int TIMEOUT_MS = 2_000;
    private static final Duration GAUGE_FRESH = Duration.ofSeconds(10);

    private final String bootstrapServers;
    private final KafkaProducers connection;
    private Admin admin;
    private volatile boolean reachable;
    private volatile long probedAt;

    KafkaWellness(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, KafkaProducers connection) {
        this.bootstrapServers = bootstrapServers;
        this.connection = connection;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("opsdesk.kafka.reachable", this, KafkaWellness::reachableNow)
                .description("1 while the Kafka broker answers within 2 s, 0 otherwise").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka").withData("bootstrap", bootstrapServers);
        int nodes = nodes();
        return nodes > 0 ? response.up().withData("nodes", nodes).build()
                : response.down().withData("error", "broker unreachable").build();
    }

    /** The gauge's value: probes the broker at most every ten seconds, so a scrape never waits on it twice. */
    private double reachableNow() {
        if (System.nanoTime() - probedAt > GAUGE_FRESH.toNanos() || probedAt == 0) {
            nodes();
        }
        return reachable ? 1 : 0;
    }

    private int nodes() {
        int nodes = 0;
        try {
            nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes().get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS).size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception unreachable) {
            // nodes stays 0
        }
        reachable = nodes > 0;
        probedAt = System.nanoTime();
        return nodes;
    }

    synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(connection.config(Map.of(
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000)));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
