package org.opsdesk.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.opsdesk.platform.errors.DatabaseFailures;

/**
 * Processes an incoming event at most once per consumer: the event id is recorded in the same
 * transaction as the handler's effect, and a redelivered id is skipped. A failing handler is retried;
 * an unreachable database is waited for without counting as an attempt; after the last attempt the exception propagates and the messaging layer parks the record on the
 * dead-letter topic with the reason. Processed ids are kept for the configured retention, then pruned
 * ({@link InboxPruning}).
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final Duration DATABASE_RETRY = Duration.ofSeconds(2);

    private final EntityManager em;
    private final ObjectMapper lenientMapper;
    private final Clock clock;
    private final EventsConfig config;

    EventInbox(EntityManager em, ObjectMapper mapper, Clock clock, EventsConfig config) {
        this.em = em;
        this.lenientMapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.clock = clock;
        this.config = config;
    }

    /** @return true when the handler ran, false when the event had already been processed */
    public boolean receive(String consumer, String json, Consumer<InboundEvent> handler) {
        InboundEvent event = parse(json);
        int attempts = config.inbox().attempts();
        int attempt = 1;
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!markProcessed(consumer, event.id())) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (DatabaseFailures.unavailable(e)) {
                    // not the event's fault: wait for the database rather than park a valid event
                    LOG.warnf("%s: database unavailable while processing %s %s, waiting: %s", consumer, event.type(), event.id(), e.getMessage());
                    waitForDatabase();
                    continue;
                }
                if (attempt >= attempts) {
                    throw new IllegalStateException(consumer + " failed on " + event.type() + " " + event.id()
                            + " after " + attempts + " attempts: " + e.getMessage(), e);
                }
                LOG.warnf("%s: attempt %d on %s %s failed: %s", consumer, attempt, event.type(), event.id(), e.getMessage());
                pause(attempt);
                attempt++;
            }
        }
    }

    /**
     * Forgets the ids processed before {@code now} minus the retention, in batches of their own transactions.
     * @return how many were forgotten
     */
    public int prune(Instant now) {
        Instant before = now.minus(config.inbox().retention());
        int batch = config.inbox().pruneBatchSize();
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "delete from processed_event where ctid = any(array("
                                    + "select ctid from processed_event where processed_at < ? limit ?))")
                    .setParameter(1, before)
                    .setParameter(2, batch)
                    .executeUpdate());
            total += deleted;
        } while (deleted == batch);
        return total;
    }

    private boolean markProcessed(String consumer, String eventId) {
        return em.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, clock.instant())
                .executeUpdate() == 1;
    }

    private InboundEvent parse(String json) {
        EventEnvelope envelope;
        try {
            envelope = lenientMapper.readValue(json, EventEnvelope.class);
        } catch (Exception e) {
            throw new PoisonEventException("not a CloudEvents JSON envelope: " + e.getMessage());
        }
        if (envelope == null || isBlank(envelope.id()) || isBlank(envelope.type()) || envelope.data() == null) {
            throw new PoisonEventException("envelope lacks id, type or data");
        }
        return new InboundEvent(envelope, lenientMapper);
    }

    private void waitForDatabase() {
        try {
            Thread.sleep(DATABASE_RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(config.inbox().backoff().toMillis() << (attempt - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
