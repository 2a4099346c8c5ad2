package org.opsdesk.incident.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.persistence.IncidentRepository;

/** Closes resolved and referred cases whose dispute window has passed (IN-13), one transaction per case. */
@ApplicationScoped
public class AutoCloser {

    private static final Logger LOG = Logger.getLogger(AutoCloser.class);
    private static final int BATCH = 500;

    private final IncidentRepository incidents;
    private final Journal journal;
    private final IncidentConfig config;

    AutoCloser(IncidentRepository incidents, Journal journal, IncidentConfig config) {
        this.incidents = incidents;
        this.journal = journal;
        this.config = config;
    }

    /** @return how many cases were closed */
    public int closeDue(Instant at) {
        Instant now = Moments.of(at);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> incidents.autoCloseDue(now, BATCH));
        int closed = 0;
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> incidents.lock(id).filter(i -> close(i, now)).isPresent())) {
                    closed++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "closing incident %s failed; the next run retries it", id);
            }
        }
        return closed;
    }

    private boolean close(Incident incident, Instant now) {
        String actor = config.resolution().autoCloseActor();
        if (!incident.autoClose(now, actor)) {
            return false;
        }
        journal.announce(incident, "CLOSED", actor, now,
                new IncidentEvents.Closed(now, actor, null, now, actor, incident.closeReason()));
        return true;
    }
}
