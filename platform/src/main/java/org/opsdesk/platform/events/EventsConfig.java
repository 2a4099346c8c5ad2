package org.opsdesk.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "opsdesk.events")
public interface EventsConfig {

    /** CloudEvents source of the events this service produces, e.g. {@code /incident-service}. */
    String source();

    /** Topic this service publishes its events to. */
    String topic();

    Relay relay();

    /**
     * How long the start-up check waits at most for the service to be warm (consumers joined, producer connected:
     * WarmUp); a broker that does not answer delays the first pass by this much, never readiness.
     */
    @WithDefault("20s")
    Duration warmUp();

    Inbox inbox();

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        /** How often an idle relay looks for rows; a commit in this process wakes it at once. */
        @WithDefault("500ms")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        @WithDefault("10s")
        Duration maxBackoff();

        @WithDefault("10s")
        Duration sendTimeout();
    }

    interface Inbox {
        /** Attempts before an event is parked on the dead-letter topic. */
        @WithDefault("3")
        int attempts();

        @WithDefault("200ms")
        Duration backoff();

        /**
         * How long a processed event id is kept to skip its redelivery: at least as long as a record can come back,
         * i.e. the longest retention of the topics this service reads (event topics 14 days, dead-letter topics 30
         * days, from which a parked record is replayed onto the event topic; deploy/k8s/base/kafka/topics.yaml),
         * plus a margin of a week.
         */
        @WithDefault("P37D")
        Duration retention();

        /** How often ids older than {@link #retention()} are deleted. */
        @WithDefault("1h")
        Duration pruneEvery();

        /** Rows deleted per transaction while pruning, so a large backlog never holds one long lock. */
        @WithDefault("1000")
        int pruneBatchSize();
    }
}
