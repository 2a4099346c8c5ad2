package org.opsdesk.major.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.domain.Proposal;
import org.opsdesk.major.domain.TimelineEntry;
import org.opsdesk.major.persistence.TimelineRepository;
import org.opsdesk.platform.events.Outbox;

/**
 * Writes what happened to a major incident into its timeline (MI-9) and, for announced facts, the outbox, in the
 * caller's transaction: the timeline and the events can never disagree.
 */
@ApplicationScoped
class Journal {

    private static final String PREFIX = "major-incident.";

    private final TimelineRepository timeline;
    private final Outbox outbox;
    private final SnapshotFactory snapshots;
    private final ObjectMapper mapper;
    private final Clock clock;

    Journal(TimelineRepository timeline, Outbox outbox, SnapshotFactory snapshots, ObjectMapper mapper, Clock clock) {
        this.timeline = timeline;
        this.outbox = outbox;
        this.snapshots = snapshots;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records {@code event}: a timeline entry and the major incident's snapshot merged with the event's fields. */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(MajorIncident mi, String actor, String description, MajorIncidentEvents.Event event) {
        String type = event.type();
        TimelineEntry entry = note(mi, type.substring(PREFIX.length()), actor, description);
        mi.touched(entry.at()); // every change an event announces moves the major incident in the change feed
        mi.takeTransitions().forEach(transition -> note(mi, "state-changed", actor, "status " + transition));
        ObjectNode data = mapper.valueToTree(snapshots.of(mi));
        if (event.getClass().getRecordComponents().length > 0) { // a type that adds no field has nothing to merge
            data.setAll((ObjectNode) mapper.valueToTree(event));
        }
        outbox.append(mi.id().toString(), type, data);
    }

    /**
     * A timeline entry that no consumer needs as an event. It leaves the major incident itself (and its version)
     * alone: a communication logged while the coordinator publishes must not make the coordinator's command stale.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    TimelineEntry note(MajorIncident mi, String kind, String actor, String description) {
        TimelineEntry entry = TimelineEntry.of(mi.id(), clock.instant(), actor, kind, description);
        timeline.persist(entry);
        return entry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void announce(Proposal proposal, String type, String reason) {
        outbox.append(proposal.id().toString(), type, snapshots.of(proposal, reason));
    }
}
