package org.opsdesk.major.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.major.config.MajorIncidentConfig;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.domain.StatusUpdate;
import org.opsdesk.major.persistence.MajorIncidentRepository;
import org.opsdesk.major.persistence.StatusUpdateRepository;
import org.opsdesk.platform.errors.AccessDeniedException;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** Status updates with the six items of 002 §V.B.5, announced for the status page and the audiences (CO-2). */
@ApplicationScoped
public class StatusUpdateService {

    private final MajorIncidentRepository majorIncidents;
    private final StatusUpdateRepository updates;
    private final TeamService team;
    private final RecoveryService recovery;
    private final Journal journal;
    private final MajorIncidentConfig config;
    private final Clock clock;

    StatusUpdateService(MajorIncidentRepository majorIncidents, StatusUpdateRepository updates, TeamService team,
                        RecoveryService recovery, Journal journal, MajorIncidentConfig config, Clock clock) {
        this.majorIncidents = majorIncidents;
        this.updates = updates;
        this.team = team;
        this.recovery = recovery;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public StatusUpdate publish(UUID id, StatusUpdate.Items items, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        requirePublisher(mi, caller);
        Instant now = clock.instant();
        if (!items.nextUpdateAt().isAfter(now)) {
            throw new InvalidFieldException("nextUpdateAt", "must be in the future");
        }
        if (items.nextUpdateAt().isAfter(now.plus(config.statusUpdates().maxInterval()))) {
            throw new InvalidFieldException("nextUpdateAt", "must be within " + config.statusUpdates().maxInterval()
                    + " (updates at least hourly until remediation)");
        }
        StatusUpdate update = StatusUpdate.publish(id, items, now, caller.name());
        updates.persist(update);
        boolean rtoAtRisk = mi.publishStatus(update, now);
        journal.announce(mi, caller.name(), "status update: " + items.nature()
                        + "; estimated remediation " + items.estimatedRemediationAt() + "; next update " + items.nextUpdateAt(),
                new MajorIncidentEvents.StatusUpdatePublished(new MajorIncidentEvents.StatusUpdateDetails(items.nature(),
                        items.impact(), items.remediationMetric(), items.remediationSteps(), items.estimatedRemediationAt(),
                        items.nextUpdateAt(), now, caller.name())));
        if (rtoAtRisk) {
            recovery.announceAtRisk(mi, caller.name());
        }
        return update;
    }

    public Page<StatusUpdate> list(UUID id, PageRequest page) {
        majorIncidents.require(id);
        return updates.ofMajorIncident(id, page);
    }

    /** The coordinator, the named Communications Coordinator, or a configured group (002 §IV.C, §V.B.5). */
    private void requirePublisher(MajorIncident mi, Caller caller) {
        boolean coordinator = caller.is(mi::isLedBy);
        boolean communications = caller.is(principal -> team.isCommunicationsCoordinator(mi.id(), principal));
        if (!coordinator && !communications && !caller.inAny(config.statusUpdates().groups())) {
            throw new AccessDeniedException("status updates of " + mi.number() + " are published by its coordinator"
                    + (mi.coordinator() != null ? " (" + mi.coordinator().name() + ")" : "")
                    + ", its Communications Coordinator or these groups: " + String.join(", ", config.statusUpdates().groups()));
        }
    }
}
