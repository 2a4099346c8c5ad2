package org.opsdesk.major.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents.BridgeDetails;
import org.opsdesk.major.domain.MajorIncidentEvents.Coordinator;
import org.opsdesk.major.domain.MajorIncidentEvents.EocDetails;
import org.opsdesk.major.domain.MajorIncidentEvents.LatestStatus;
import org.opsdesk.major.domain.MajorIncidentEvents.RecoveryObjectives;
import org.opsdesk.major.domain.MajorIncidentStatus;
import org.opsdesk.major.domain.MajorIncidentType;

/** A major incident as the API answers it; {@code allowedCommands} says what its state allows next. */
@Schema(requiredProperties = {"id", "number", "status", "type", "title", "serviceIds", "incidentIds", "coordinatorGap",
        "declaredAt", "declaredBy", "disaster", "allowedCommands"})
public record MajorIncidentView(UUID id, @Schema(example = "MI-000042") String number,
                                @Schema(implementation = MajorIncidentStatus.class) String status,
                                @Schema(implementation = MajorIncidentType.class) String type,
                                @Schema(example = "Payroll portal down") String title, List<String> serviceIds,
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
                mi.resolutionSummary(), mi.closedAt(), mi.status().allowedLabels(), mi.updatedAt());
    }
}
