package org.opsdesk.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record as a consumer gets it from the broker, for tests that hand events to a consumer directly. */
public final class Records {

    private Records() {
    }

    public static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("test-topic", 0, 0L, null, value);
    }
}
