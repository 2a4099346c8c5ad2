package org.opsdesk.major.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opsdesk.major.domain.ChangeRecord;
import org.opsdesk.major.domain.ChangeType;

public record ChangeView(UUID id, String externalId, String summary,
                         @Schema(implementation = ChangeType.class) String type, Instant implementedAt, String link,
                         List<String> serviceIds, UUID majorIncidentId, Instant recordedAt, String recordedBy) {

    static ChangeView of(ChangeRecord c) {
        return new ChangeView(c.id(), c.externalId(), c.summary(), c.type().name(), c.implementedAt(), c.link(),
                c.serviceIds(), c.majorIncidentId(), c.recordedAt(), c.recordedBy());
    }
}
