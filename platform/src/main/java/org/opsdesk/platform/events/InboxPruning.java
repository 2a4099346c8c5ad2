package org.opsdesk.platform.events;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Deletes processed event ids a redelivery can no longer match (opsdesk.events.inbox.retention). */
@ApplicationScoped
public class InboxPruning {

    private static final Logger LOG = Logger.getLogger(InboxPruning.class);

    private final EventInbox inbox;
    private final Clock clock;

    InboxPruning(EventInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Scheduled(identity = "prune-processed-events", every = "{opsdesk.events.inbox.prune-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        int pruned = inbox.prune(clock.instant());
        if (pruned > 0) {
            LOG.infof("forgot %d processed event ids older than the inbox retention", pruned);
        }
    }
}
