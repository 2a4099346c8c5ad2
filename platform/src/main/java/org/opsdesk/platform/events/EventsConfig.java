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
    }
}
