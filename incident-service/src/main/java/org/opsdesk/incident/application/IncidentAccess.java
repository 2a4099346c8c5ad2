package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.persistence.IncidentRepository;
import org.opsdesk.platform.errors.ResourceNotFoundException;

/** Finds incidents the caller may see; another organisation's incident does not exist for a customer. */
@ApplicationScoped
public class IncidentAccess {

    private final IncidentRepository incidents;

    IncidentAccess(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    public Incident find(UUID id, Caller caller) {
        return incidents.findByIdOptional(id).filter(i -> visible(i, caller))
                .orElseThrow(() -> new ResourceNotFoundException("incident", id));
    }

    /** Locked for the rest of the transaction, so concurrent commands on one incident run one after the other. */
    public Incident lock(UUID id, Caller caller) {
        return incidents.lock(id).filter(i -> visible(i, caller))
                .orElseThrow(() -> new ResourceNotFoundException("incident", id));
    }

    private static boolean visible(Incident incident, Caller caller) {
        return !caller.scopedToOrganisation() || incident.visibleTo(caller.org());
    }
}
