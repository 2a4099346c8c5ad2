package org.opsdesk.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/** An event read from a topic, with its data readable as the consumer's own record type. */
public record InboundEvent(EventEnvelope envelope, ObjectMapper mapper) {

    public String id() {
        return envelope.id();
    }

    public String type() {
        return envelope.type();
    }

    public String subject() {
        return envelope.subject();
    }

    public Instant time() {
        return envelope.time();
    }

    /** Whether the data has {@code field}, not null: e.g. only events about an incident carry {@code incidentId}. */
    public boolean carries(String field) {
        return envelope.data().hasNonNull(field);
    }

    /** The data as {@code type}; fields the consumer does not know are ignored. */
    public <T> T dataAs(Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data of " + envelope.type() + " " + envelope.id()
                    + " does not match " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
