package org.opsdesk.platform.testing;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/** A record as a consumer gets it from the broker, for tests that hand events to a consumer directly. */
public final class Records {

    private Records() {
    }

    public static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("test-topic", 0, 0L, null, value);
    }

    /** A poll's records, at consecutive offsets of one partition: what a consumer's {@code receive} takes. */
    public static ConsumerRecords<String, String> batch(String... values) {
        List<ConsumerRecord<String, String>> records = IntStream.range(0, values.length)
                .mapToObj(i -> new ConsumerRecord<String, String>("test-topic", 0, i, null, values[i])).toList();
        return new ConsumerRecords<>(Map.of(new TopicPartition("test-topic", 0), records), Map.of());
    }
}
