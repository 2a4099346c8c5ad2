package org.opsdesk.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Records an event in the same transaction as the state change that caused it.
 * The {@link OutboxRelay} publishes it to Kafka after the commit, in the trace of the span that appended it.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final EventsConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventTracing tracing;

    Outbox(EntityManager em, ObjectMapper mapper, Clock clock, EventsConfig config,
           TransactionSynchronizationRegistry transactions, OutboxRelay relay, EventTracing tracing) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
        this.transactions = transactions;
        this.relay = relay;
        this.tracing = tracing;
    }

    /** @param subject the aggregate id: the Kafka key, so one aggregate's events stay in order */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(String subject, String type, Object data) {
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                config.source(), type, subject, clock.instant(), EventEnvelope.JSON, mapper.valueToTree(data));
        em.createNativeQuery("insert into outbox_event (id, subject, type, occurred_at, payload, trace_parent) values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, event.id())
                .setParameter(2, subject)
                .setParameter(3, type)
                .setParameter(4, event.time())
                .setParameter(5, toJson(event))
                .setParameter(6, tracing.currentTraceparent())
                .executeUpdate();
        wakeRelayAfterCommit();
        return event;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(Outbox.class) != null) {
            return;
        }
        transactions.putResource(Outbox.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private String toJson(EventEnvelope event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serialisable: " + event.type(), e);
        }
    }
}
