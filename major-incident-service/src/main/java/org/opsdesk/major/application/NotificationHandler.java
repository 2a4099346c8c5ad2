package org.opsdesk.major.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.opsdesk.major.persistence.MajorIncidentRepository;

/** What notification events do here: each communication sent about a major incident goes on its timeline (MI-9). */
@ApplicationScoped
public class NotificationHandler {

    private final MajorIncidentRepository majorIncidents;
    private final Journal journal;

    NotificationHandler(MajorIncidentRepository majorIncidents, Journal journal) {
        this.majorIncidents = majorIncidents;
        this.journal = journal;
    }

    /** Major incidents this service does not know are ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateSent(UUID majorIncidentId, String description) {
        majorIncidents.findByIdOptional(majorIncidentId)
                .ifPresent(mi -> journal.note(mi, "communication-sent", "notification-service", description));
    }
}
