package org.opsdesk.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.opsdesk.platform.events.EventInbox;

/** Events a consumer does not handle must be skipped, not retried and parked on the dead-letter topic as poison. */
public final class UnknownEvents {

    private UnknownEvents() {
    }

    /**
     * The examples of the {@code prefix} types whose data lacks {@code field} (e.g. incident.service-changed for a
     * consumer of incidents), plus a type no service knows yet, each a new event.
     */
    public static List<String> without(String prefix, String field) {
        List<String> types = EventSchemas.typesWithout(prefix, field);
        assertThat(types).as("docs/events has %s types without %s", prefix, field).isNotEmpty();
        List<String> events = new ArrayList<>(types.stream().map(EventSchemas::freshExample).toList());
        events.add(EventSchemas.freshExample(types.get(0)).replace(types.get(0), prefix + "unheard-of"));
        return events;
    }

    /** Hands each event to {@code receive} as the broker would: none fails, and each is recorded as processed. */
    public static void assertSkipped(List<String> events, Consumer<ConsumerRecords<String, String>> receive, EventInbox inbox,
                                     String consumer) {
        for (String event : events) {
            assertThatCode(() -> receive.accept(Records.batch(event))).as(event).doesNotThrowAnyException();
            assertThat(inbox.receive(consumer, Records.record(event), e -> {
                throw new AssertionError("processed twice: " + event);
            })).as("recorded as processed: %s", event).isFalse();
        }
    }
}
