package org.opsdesk.review.support;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opsdesk.platform.testing.EventSchemas;
import org.opsdesk.platform.testing.TopicReader;

/** Reads what this service published for one review, validating every event against its schema. */
public final class Topics {

    private Topics() {
    }

    /** Waits until {@code count} events of {@code type} for {@code reviewId} are on the topic, then returns them all. */
    public static List<String> events(String topic, String reviewId, String type, int count) {
        List<ConsumerRecord<String, String>> records = TopicReader.read(topic, Duration.ofSeconds(20),
                read -> matching(read, reviewId, type).size() >= count);
        List<String> found = matching(records, reviewId, type);
        found.forEach(EventSchemas::assertValid);
        return found;
    }

    /** Events of {@code type} for {@code reviewId}, after waiting {@code wait} for stragglers (to prove "only once"). */
    public static List<String> settled(String topic, String reviewId, String type, Duration wait) {
        List<String> found = matching(TopicReader.read(topic, wait, read -> false), reviewId, type);
        found.forEach(EventSchemas::assertValid);
        return found;
    }

    private static List<String> matching(List<ConsumerRecord<String, String>> records, String reviewId, String type) {
        return records.stream().filter(r -> reviewId.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\""))
                .map(ConsumerRecord::value).toList();
    }
}
