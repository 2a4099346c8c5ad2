package org.opsdesk.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Parks one record of a batch on its channel's dead-letter topic ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}),
 * with the headers the messaging layer's own dead-letter strategy writes (docs/operations.md, "Dead-letter topics"):
 * a batch's failure strategy would park the whole poll, so the inbox parks its poison records itself.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaProducers producers;
    private final Config config;
    private final EventsConfig events;

    DeadLetters(KafkaProducers producers, Config config, EventsConfig events) {
        this.producers = producers;
        this.config = config;
        this.events = events;
    }

    /** Waits for the broker's acknowledgement: a record is parked before the poll's offsets are committed. */
    void park(String channel, ConsumerRecord<String, String> record, Throwable reason) {
        String topic = config.getValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class);
        ProducerRecord<String, String> parked = new ProducerRecord<>(topic, null, record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
        Headers headers = parked.headers();
        header(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        header(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
        if (reason.getCause() != null) {
            header(headers, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
            header(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producers.producer().send(parked).get(events.relay().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a record", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not park a record on " + topic + ": " + e.getMessage(), e);
        }
        LOG.warnf("parked %s[%d]@%d on %s: %s", record.topic(), record.partition(), record.offset(), topic, reason.getMessage());
    }

    private static void header(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
