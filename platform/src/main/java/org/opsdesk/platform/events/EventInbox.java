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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.opsdesk.platform.errors.DatabaseFailures;
import org.opsdesk.platform.text.Text;

/**
 * Processes an incoming event at most once per consumer: the event id is recorded in the same
 * transaction as the handler's effect, and a redelivered id is skipped. A poll's records are processed in one
 * transaction ({@link #receiveAll}); when that fails they are processed again one by one, so a poison record is
 * parked alone and the others still count once. A failing handler is retried; an unreachable database is waited for
 * without counting as an attempt; after the last attempt the record is parked on its channel's dead-letter topic with
 * the reason ({@link DeadLetters}). Processed ids are kept for the configured retention, then pruned
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
    private final DeadLetters deadLetters;

    EventInbox(EntityManager em, ObjectMapper mapper, Clock clock, EventsConfig config, EventTracing tracing,
               DeadLetters deadLetters) {
        this.em = em;
        this.deadLetters = deadLetters;
        this.lenientMapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.clock = clock;
        this.config = config;
        this.tracing = tracing;
    }

    /**
     * Processes a poll's records (a channel with {@code batch=true}) in one transaction: their ids recorded in one
     * statement, the handler run for each not seen before, one commit. When the transaction fails, each record is
     * processed again on its own ({@link #receive}); one that still fails is parked on the channel's dead-letter topic
     * and the next goes on.
     * @return how many records the handler processed
     */
    public int receiveAll(String consumer, String channel, ConsumerRecords<String, String> records, Consumer<InboundEvent> handler) {
        List<ConsumerRecord<String, String>> valid = new ArrayList<>(records.count());
        List<InboundEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(parse(record.value()));
                valid.add(record);
            } catch (PoisonEventException e) {
                deadLetters.park(channel, record, e);
            }
        }
        while (!valid.isEmpty()) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> processAll(consumer, valid, events, handler));
            } catch (RuntimeException e) {
                if (DatabaseFailures.unavailable(e)) {
                    LOG.warnf("%s: database unavailable while processing a batch of %d, waiting: %s", consumer, valid.size(), e.getMessage());
                    waitForDatabase();
                    continue;
                }
                LOG.infof("%s: a batch of %d failed (%s); processing it record by record", consumer, valid.size(), e.getMessage());
                return oneByOne(consumer, channel, valid, handler);
            }
        }
        return 0;
    }

    private int processAll(String consumer, List<ConsumerRecord<String, String>> records, List<InboundEvent> events,
                           Consumer<InboundEvent> handler) {
        Set<String> fresh = markAllProcessed(consumer, events.stream().map(InboundEvent::id).toList());
        int processed = 0;
        for (int i = 0; i < events.size(); i++) {
            InboundEvent event = events.get(i);
            if (fresh.remove(event.id())) {
                traced(consumer, records.get(i), event, () -> handler.accept(event));
                processed++;
            }
        }
        return processed;
    }

    private int oneByOne(String consumer, String channel, List<ConsumerRecord<String, String>> records, Consumer<InboundEvent> handler) {
        int processed = 0;
        for (ConsumerRecord<String, String> record : records) {
            try {
                processed += receive(consumer, record, handler) ? 1 : 0;
            } catch (RuntimeException e) {
                deadLetters.park(channel, record, e);
            }
        }
        return processed;
    }

    /**
     * Processes the record in a span continued from its {@code traceparent} header, with the event's id and subject
     * in the logging context ({@code eventId}, {@code subject}).
     * @return true when the handler ran, false when the event had already been processed
     */
    public boolean receive(String consumer, ConsumerRecord<String, String> record, Consumer<InboundEvent> handler) {
        InboundEvent event = parse(record.value());
        boolean[] processed = new boolean[1];
        traced(consumer, record, event, () -> processed[0] = processOnce(consumer, event, handler));
        return processed[0];
    }

    /** Runs {@code work} in a span continued from the record's {@code traceparent}, with the event in the logging context. */
    private void traced(String consumer, ConsumerRecord<String, String> record, InboundEvent event, Runnable work) {
        Span span = tracing.startFrom(record.headers(), "process " + event.type(), SpanKind.CONSUMER);
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.destination.name", record.topic());
        span.setAttribute("messaging.consumer.group.name", consumer);
        span.setAttribute("messaging.message.id", event.id());
        MDC.put("eventId", event.id());
        MDC.put("subject", String.valueOf(event.subject()));
        try (Scope ignored = span.makeCurrent()) {
            work.run();
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

    /** Records the ids in one statement; answers those not recorded before. */
    @SuppressWarnings("unchecked")
    private Set<String> markAllProcessed(String consumer, List<String> eventIds) {
        return new HashSet<>(em.createNativeQuery("insert into processed_event (consumer, event_id, processed_at)"
                        + " select ?, id, ? from unnest(cast(? as varchar[])) id on conflict do nothing returning event_id")
                .setParameter(1, consumer)
                .setParameter(2, clock.instant())
                .setParameter(3, eventIds.toArray(String[]::new))
                .getResultList());
    }

    private InboundEvent parse(String json) {
        EventEnvelope envelope;
        try {
            envelope = lenientMapper.readValue(json, EventEnvelope.class);
        } catch (Exception e) {
            throw new PoisonEventException("not a CloudEvents JSON envelope: " + e.getMessage());
        }
        if (envelope == null || Text.isBlank(envelope.id()) || Text.isBlank(envelope.type()) || envelope.data() == null) {
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
}
