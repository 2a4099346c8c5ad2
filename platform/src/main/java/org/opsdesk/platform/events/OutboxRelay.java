package org.opsdesk.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in insertion order, then deletes them.
 * A row is deleted only after the broker acknowledged it (acks=all), so a crash re-publishes
 * rather than loses; consumers are idempotent. One relay per database publishes at a time
 * (a transaction-scoped advisory lock), which keeps each aggregate's events in order when several
 * replicas run. Each record is published in a span of the trace its row was appended in, passed on in its
 * {@code traceparent} header. Records follow the CloudEvents Kafka protocol binding in structured mode: the value is
 * the whole event as JSON, the header {@code content-type} says so, and the key is the aggregate id (the subject).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    /** The CloudEvents Kafka binding's structured-mode header (integrators rely on this exact value). */
    public static final String CONTENT_TYPE = "content-type";
    public static final String STRUCTURED_CLOUDEVENT = "application/cloudevents+json; charset=UTF-8";

    private final EntityManager em;
    private final EventsConfig config;
    private final KafkaProducers producers;
    private final EventTracing tracing;
    private final Semaphore committed = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean warm;
    private Thread worker;

    OutboxRelay(EntityManager em, EventsConfig config, KafkaProducers producers, EventTracing tracing) {
        this.em = em;
        this.config = config;
        this.producers = producers;
        this.tracing = tracing;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(5_000);
        }
    }

    /** Called after a transaction that appended events commits: publish now rather than at the next poll. */
    void wake() {
        committed.release();
    }

    /** Whether the producer is connected and knows the topic, so the first event pays no connection (WarmUp). */
    boolean warm() {
        return warm || !running;
    }

    private void loop() {
        warmUp();
        Duration backoff = config.relay().pollInterval();
        while (running) {
            try {
                int published = publishBatch();
                backoff = config.relay().pollInterval();
                if (published == 0) {
                    awaitCommitOrPoll();
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("outbox relay cannot publish, retrying in %s: %s", backoff, e.getMessage());
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.relay().maxBackoff());
            }
        }
    }

    /** Connects the producer and fetches the topic's partitions, so the first event after a start is not the one to wait. */
    private void warmUp() {
        try {
            producers.producer().partitionsFor(config.topic());
            warm = true;
        } catch (RuntimeException e) {
            LOG.infof("outbox relay could not reach the broker at start (%s); it connects with the first event", e.getMessage());
        }
    }

    /** Publishes one batch of committed events; returns how many. */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "select seq, subject, payload, trace_parent from outbox_event order by seq limit ?")
                    .setParameter(1, config.relay().batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            send(rows);
            List<Long> sequences = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
            em.createNativeQuery("delete from outbox_event where seq = any(?)")
                    .setParameter(1, sequences.toArray(Long[]::new))
                    .executeUpdate();
            return rows.size();
        });
    }

    private void send(List<Object[]> rows) {
        Producer<String, String> producer = producers.producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(config.topic(), (String) row[1], (String) row[2]);
            record.headers().add(CONTENT_TYPE, STRUCTURED_CLOUDEVENT.getBytes(StandardCharsets.UTF_8));
            Span span = tracing.startFrom((String) row[3], config.topic() + " publish", SpanKind.PRODUCER);
            tracing.inject(span, record.headers());
            spans.add(span);
            acks.add(producer.send(record));
        }
        try {
            awaitAcks(acks);
            warm = true;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private void awaitAcks(List<Future<RecordMetadata>> acks) {
        long deadline = System.nanoTime() + config.relay().sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            } catch (Exception e) {
                // A producer that lost its broker may be left in a state it does not leave by itself: start afresh.
                producers.reset();
                throw new IllegalStateException("broker did not acknowledge: " + e.getMessage(), e);
            }
        }
    }

    /** The poll catches rows this process was not told about (another replica's, or written while it was down). */
    private void awaitCommitOrPoll() {
        try {
            if (committed.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                committed.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
