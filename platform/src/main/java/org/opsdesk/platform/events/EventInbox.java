package org.opsdesk.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
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
    private final EventTracing tracing;

    EventInbox(EntityManager em, ObjectMapper mapper, Clock clock, EventsConfig config, EventTracing tracing) {
        this.em = em;
        this.lenientMapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.clock = clock;
        this.config = config;
        this.tracing = tracing;
    }

    /**
     * Processes the record in a span continued from its {@code traceparent} header, with the event's id and subject
     * in the logging context ({@code eventId}, {@code subject}).
     * @return true when the handler ran, false when the event had already been processed
     */
    public boolean receive(String consumer, ConsumerRecord<String, String> record, Consumer<InboundEvent> handler) {
        InboundEvent event = parse(record.value());
        Span span = tracing.startFrom(record.headers(), "process " + event.type(), SpanKind.CONSUMER);
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.destination.name", record.topic());
        span.setAttribute("messaging.consumer.group.name", consumer);
        span.setAttribute("messaging.message.id", event.id());
        MDC.put("eventId", event.id());
        MDC.put("subject", String.valueOf(event.subject()));
        try (Scope ignored = span.makeCurrent()) {
            return processOnce(consumer, event, handler);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            MDC.remove("eventId");
            MDC.remove("subject");
            span.end();
        }
    }

    private boolean processOnce(String consumer, InboundEvent event, Consumer<InboundEvent> handler) {
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
