package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.opsdesk.review.domain.IncidentFacts;

/**
 * What incident events do here: every event updates the facts behind the metrics (RV-6) and the timeline; a severity-1
 * snapshot or a recurrence opens a PIR (RV-4); a resolution starts the PIR's deadline.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IncidentHandler {

    private final EventFacts facts;
    private final ReviewOpening opening;

    IncidentHandler(EventFacts facts, ReviewOpening opening) {
        this.facts = facts;
        this.opening = opening;
    }

    public void on(String eventId, String type, Instant eventTime, IncidentFacts incident) {
        facts.incident(eventId, type, eventTime, incident);
        opening.forSevereIncident(incident);
        opening.forRecurrence(incident);
        if (type.equals("incident.resolved")) {
            opening.incidentResolved(incident.incidentId(), incident.resolvedAt() != null ? incident.resolvedAt() : eventTime);
        }
    }
}
