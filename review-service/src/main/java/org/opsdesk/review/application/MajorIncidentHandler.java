package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.opsdesk.review.domain.MajorIncidentFacts;

/**
 * What major-incident events do here: every event updates the facts behind the reports and the timeline; a resolved
 * major incident opens its After Action Review (RV-1).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MajorIncidentHandler {

    private final EventFacts facts;
    private final ReviewOpening opening;

    MajorIncidentHandler(EventFacts facts, ReviewOpening opening) {
        this.facts = facts;
        this.opening = opening;
    }

    public void on(String eventId, String type, Instant eventTime, MajorIncidentFacts majorIncident) {
        facts.majorIncident(eventId, type, eventTime, majorIncident);
        if (type.equals("major-incident.resolved")) {
            opening.afterMajorIncident(majorIncident, eventTime);
        }
    }
}
