package org.opsdesk.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.notification.application.CommunicationLog;
import org.opsdesk.notification.domain.AttemptOutcome;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.DeliveryState;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Delivery log", description = "Every slot and notice with its due time, sent time, outcome and attempts")
public class CommunicationsResource {

    private final CommunicationLog log;

    CommunicationsResource(CommunicationLog log) {
        this.log = log;
    }

    /** One slot or notice; {@code status} is PENDING, SENT, FAILED, CANCELLED or MISSED. */
    public record CommunicationView(UUID id, String audience, @Schema(implementation = Channel.class) String channel,
                                    @Schema(implementation = DeliveryKind.class) String kind,
                                    List<Recipient> recipients, Integer slot,
                                    Instant dueAt, Instant deadlineAt, Instant sentAt,
                                    @Schema(implementation = DeliveryState.class) String status, int attempts, boolean late,
                                    boolean missed, boolean stale, String reason, List<AttemptView> attemptLog) {
        static CommunicationView of(CommunicationLog.Entry entry) {
            Delivery d = entry.delivery();
            return new CommunicationView(d.id(), d.audience(), d.channel().name(), d.kind().name(), d.recipients(), d.slot(),
                    d.dueAt(), d.deadlineAt(), d.sentAt(), d.state().name(), d.attempts(), d.late(),
                    d.state() == DeliveryState.MISSED, d.stale(), d.lastError(),
                    entry.attempts().stream().map(a -> new AttemptView(a.attempt(), a.at(), a.outcome().name(), a.detail())).toList());
        }
    }

    public record AttemptView(int attempt, Instant at,
                              @Schema(implementation = AttemptOutcome.class) String outcome, String detail) {
    }

    @GET
    @Path("major-incidents/{id}/communications")
    @Operation(operationId = "listMajorIncidentCommunications",
            summary = "The delivery log of a major incident, by due time")
    @RolesAllowed(Access.PLAN_READERS)
    public Page<CommunicationView> majorIncident(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return log.of(SubjectType.MAJOR_INCIDENT, id, page).map(CommunicationView::of);
    }

    @GET
    @Path("incidents/{id}/communications")
    @Operation(operationId = "listIncidentCommunications",
            summary = "The delivery log of an incident: customer notices, resolution and referral notices")
    @RolesAllowed(Access.INCIDENT_COMMUNICATION_READERS)
    public Page<CommunicationView> incident(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return log.of(SubjectType.INCIDENT, id, page).map(CommunicationView::of);
    }
}
