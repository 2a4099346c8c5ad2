package org.opsdesk.major.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Objects;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.domain.MajorIncidentEvents.Contact;
import org.opsdesk.major.domain.Proposal;
import org.opsdesk.major.persistence.KnownIncidentRepository;

/** Builds the snapshots the events carry, with the duty manager on duty now and the customers of linked incidents. */
@ApplicationScoped
class SnapshotFactory {

    private final RosterService roster;
    private final KnownIncidentRepository incidents;
    private final Clock clock;

    SnapshotFactory(RosterService roster, KnownIncidentRepository incidents, Clock clock) {
        this.roster = roster;
        this.incidents = incidents;
        this.clock = clock;
    }

    MajorIncidentEvents.Snapshot of(MajorIncident mi) {
        var customers = incidents.byIds(mi.incidentIds()).stream().map(i -> i.customerOrg()).filter(Objects::nonNull)
                .distinct().sorted().toList();
        return new MajorIncidentEvents.Snapshot(mi.id(), mi.number(), mi.title(), mi.type().name(), mi.status().name(),
                mi.serviceIds(), mi.incidentIds(), customers, mi.impactSummary(), MajorIncidentEvents.Coordinator.of(mi),
                mi.coordinatorGap(), mi.startedAt(), mi.declaredAt(), mi.declaredBy(), mi.disaster(),
                MajorIncidentEvents.BridgeDetails.of(mi), MajorIncidentEvents.EocDetails.of(mi),
                MajorIncidentEvents.RecoveryObjectives.of(mi), MajorIncidentEvents.LatestStatus.of(mi), dutyManager(),
                mi.resolvedAt());
    }

    MajorIncidentEvents.ProposalSnapshot of(Proposal p, String reason) {
        return new MajorIncidentEvents.ProposalSnapshot(p.id(), p.status().name(), p.origin().name(), p.title(), p.type().name(),
                p.serviceIds(), p.incidentIds(), p.impactSummary(), Contact.of(p.reporter()), reason, p.reason(),
                p.reportedAt(), p.decidedAt(), p.decidedBy(), p.majorIncidentId(), dutyManager());
    }

    private Contact dutyManager() {
        return roster.dutyManagerAt(clock.instant()).map(Contact::of).orElse(null);
    }
}
