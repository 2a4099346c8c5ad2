package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.CustomerVerification;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.IncidentStatus;
import org.opsdesk.incident.domain.UnconfirmedReason;
import org.opsdesk.incident.persistence.IncidentRepository;

/**
 * What a major incident means for its incidents (IN-16): they are linked to it, and when it is resolved the
 * ones still open are resolved with it (resolution type from configuration) and get their dispute deadline.
 * Runs inside the consumer's inbox transaction; incidents this service does not know are ignored.
 */
@ApplicationScoped
public class MajorIncidentHandler {

    private final IncidentRepository incidents;
    private final Journal journal;
    private final ProblemService problems;
    private final Resolutions resolutions;
    private final IncidentConfig config;
    private final Clock clock;

    MajorIncidentHandler(IncidentRepository incidents, Journal journal,
                         ProblemService problems, Resolutions resolutions, IncidentConfig config, Clock clock) {
        this.incidents = incidents;
        this.journal = journal;
        this.problems = problems;
        this.resolutions = resolutions;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void link(UUID majorIncidentId, Collection<UUID> incidentIds) {
        Instant now = Moments.now(clock);
        for (UUID id : incidentIds) {
            incidents.lock(id)
                    .filter(incident -> incident.status() != IncidentStatus.CLOSED)
                    .filter(incident -> incident.linkToMajorIncident(majorIncidentId))
                    .ifPresent(incident -> {
                        journal.announce(incident, "MAJOR_INCIDENT_LINKED", config.majorIncidents().actor(), now,
                                new IncidentEvents.MajorIncidentLinked(now));
                        problems.coverMajorIncident(incident);
                    });
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(UUID majorIncidentId, String number, String resolutionSummary, Collection<UUID> incidentIds) {
        link(majorIncidentId, incidentIds);
        Instant now = Moments.now(clock);
        String resolution = "Resolved with major incident " + number
                + (resolutionSummary == null || resolutionSummary.isBlank() ? "" : ": " + resolutionSummary);
        for (Incident linked : incidents.ofMajorIncident(majorIncidentId)) {
            incidents.lock(linked.id()).filter(incident -> incident.status().isOpen()).ifPresent(incident ->
                    resolutions.resolve(incident, config.majorIncidents().resolutionType(), resolution,
                            CustomerVerification.unconfirmed(UnconfirmedReason.MAJOR_INCIDENT_RESOLVED),
                            config.majorIncidents().actor(), now));
        }
    }
}
