package org.opsdesk.incident.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opsdesk.incident.domain.FieldChange;
import org.opsdesk.incident.domain.HistoryEntry;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.persistence.HistoryRepository;
import org.opsdesk.platform.events.Outbox;

/**
 * Writes what happened to an incident into its history (IN-10) and, for announced facts, the outbox, in the
 * caller's transaction: the history and the events can never disagree.
 */
@ApplicationScoped
class Journal {

    private final HistoryRepository history;
    private final Outbox outbox;
    private final AcknowledgementPolicy acknowledgements;
    private final ObjectMapper mapper;
    private final Clock clock;

    Journal(HistoryRepository history, Outbox outbox, AcknowledgementPolicy acknowledgements, ObjectMapper mapper,
            Clock clock) {
        this.history = history;
        this.outbox = outbox;
        this.acknowledgements = acknowledgements;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Records {@code action} in the history and announces {@code event}: the incident's snapshot merged with the
     * event's fields.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(Incident incident, String action, String actor, Instant at, IncidentEvents.Event event,
                  FieldChange... lines) {
        note(incident, action, actor, at, lines);
        Instant now = clock.instant(); // a job's moment may lag; the change feed and the queue watch use the present
        boolean created = event instanceof IncidentEvents.Created;
        if (!created) {
            incident.touched(now); // every change an event announces moves the incident in the change feed; log() set the first
        }
        ObjectNode data = mapper.valueToTree(IncidentEvents.Snapshot.of(incident));
        data.setAll((ObjectNode) mapper.valueToTree(event));
        outbox.append(incident.id().toString(), event.type(), data);
        if (created) {
            acknowledgements.start(incident, now);
        } else {
            acknowledgements.follow(incident, now);
        }
    }

    /**
     * A history entry that no consumer needs as an event: one line per field the incident changed and per extra
     * line (e.g. the reason given), or one for the action alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void note(Incident incident, String action, String actor, Instant at, FieldChange... lines) {
        List<FieldChange> all = new ArrayList<>(incident.drainChanges());
        all.addAll(List.of(lines));
        if (all.isEmpty()) {
            history.persist(new HistoryEntry(incident.id(), at, actor, action, null));
        }
        all.forEach(line -> history.persist(new HistoryEntry(incident.id(), at, actor, action, line)));
    }

    static FieldChange reason(String reason) {
        return new FieldChange("reason", null, reason);
    }
}
