package org.opsdesk.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.opsdesk.platform.persistence.NativeColumns;

/**
 * The events committed and not yet published, as the gauges {@code opsdesk_outbox_events} and
 * {@code opsdesk_outbox_oldest_event_age_seconds} (0 when none waits): a growing age means the relay cannot reach
 * the broker. Read from the database at most every 5 s; while it is unreachable the last values stay.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final EntityManager em;
    private final Clock clock;
    private double events = Double.NaN;
    private double oldestAgeSeconds = Double.NaN;
    private long refreshedAt;

    OutboxBacklog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("opsdesk.outbox.events", this, backlog -> backlog.refreshed().events)
                .description("events committed and not yet published to the broker").register(registry);
        Gauge.builder("opsdesk.outbox.oldest.event.age.seconds", this, backlog -> backlog.refreshed().oldestAgeSeconds)
                .description("age of the oldest event not yet published; 0 when none waits").register(registry);
    }

    private synchronized OutboxBacklog refreshed() {
        long now = System.nanoTime();
        if (refreshedAt != 0 && now - refreshedAt < FRESH.toNanos()) {
            return this;
        }
        refreshedAt = now;
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() ->
                    (Object[]) em.createNativeQuery("select count(*), min(occurred_at) from outbox_event").getSingleResult());
            Instant oldest = row[1] == null ? null : NativeColumns.instant(row[1]);
            events = ((Number) row[0]).doubleValue();
            oldestAgeSeconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
        } catch (RuntimeException unreachable) {
            // keep the last values
        }
        return this;
    }
}
