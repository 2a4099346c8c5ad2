package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.Source;
import org.opsdesk.incident.persistence.IncidentRepository;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.events.Outbox;

@ApplicationScoped
public class IncidentService {

    private final IncidentRepository incidents;
    private final Outbox outbox;
    private final Clock clock;

    IncidentService(IncidentRepository incidents, Outbox outbox, Clock clock) {
        this.incidents = incidents;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Incident log(Source source, String summary, int severity, String by) {
        Incident incident = Incident.log(incidents.nextNumber(), source, summary, severity, clock.instant(), by);
        incidents.persist(incident);
        outbox.append(incident.id().toString(), IncidentEvents.CREATED, IncidentEvents.Created.of(incident));
        return incident;
    }

    /** Runs inside the consumer's transaction; an incident this service does not know is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkToMajorIncident(UUID incidentId, UUID majorIncidentId) {
        incidents.findByIdOptional(incidentId)
                .filter(incident -> incident.linkToMajorIncident(majorIncidentId))
                .ifPresent(incident -> outbox.append(incident.id().toString(), IncidentEvents.LINKED_TO_MAJOR_INCIDENT,
                        new IncidentEvents.LinkedToMajorIncident(incident.id(), incident.number(), majorIncidentId)));
    }

    public Incident get(UUID id) {
        return incidents.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("incident", id));
    }
}
