package org.opsdesk.major.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents.BridgeDetails;
import org.opsdesk.major.domain.MajorIncidentEvents.Coordinator;
import org.opsdesk.major.domain.MajorIncidentEvents.EocDetails;
import org.opsdesk.major.domain.MajorIncidentEvents.LatestStatus;
import org.opsdesk.major.domain.MajorIncidentEvents.RecoveryObjectives;

/** A major incident as the API answers it; {@code allowedCommands} says what its state allows next. */
public record MajorIncidentView(UUID id, String number, String status, String type, String title, List<String> serviceIds,
                                List<UUID> incidentIds, String impactSummary, Coordinator coordinator, boolean coordinatorGap,
                                Instant startedAt, Instant declaredAt, String declaredBy, boolean disaster,
                                Instant disasterDeclaredAt, String disasterDeclaredBy, BridgeDetails bridge, EocDetails eoc,
                                RecoveryObjectives recoveryObjectives, LatestStatus latestStatus, Instant resolvedAt,
                                String resolvedBy, String resolutionSummary, Instant closedAt, List<String> allowedCommands,
                                Instant updatedAt) {

    static MajorIncidentView of(MajorIncident mi) {
        return new MajorIncidentView(mi.id(), mi.number(), mi.status().name(), mi.type().name(), mi.title(), mi.serviceIds(),
                mi.incidentIds(), mi.impactSummary(), Coordinator.of(mi), mi.coordinatorGap(), mi.startedAt(), mi.declaredAt(),
                mi.declaredBy(), mi.disaster(), mi.disasterDeclaredAt(), mi.disasterDeclaredBy(), BridgeDetails.of(mi),
                EocDetails.of(mi), RecoveryObjectives.of(mi), LatestStatus.of(mi), mi.resolvedAt(), mi.resolvedBy(),
                mi.resolutionSummary(), mi.closedAt(), mi.status().allowedWireNames(), mi.updatedAt());
    }
}
