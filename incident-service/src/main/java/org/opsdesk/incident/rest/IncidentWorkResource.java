package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.application.AlertIntake;
import org.opsdesk.incident.application.IncidentWork;
import org.opsdesk.incident.application.ReviewHandler;
import org.opsdesk.incident.domain.ContactAttempt;
import org.opsdesk.incident.domain.ContactMethod;
import org.opsdesk.incident.domain.ContactOutcome;
import org.opsdesk.incident.domain.IncidentStatus;
import org.opsdesk.incident.domain.LinkType;
import org.opsdesk.incident.domain.Note;
import org.opsdesk.incident.domain.NoteVisibility;
import org.opsdesk.incident.domain.ReviewReport;
import org.opsdesk.incident.domain.alert.MonitoredAlert;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** The work log of an incident: notes, contact attempts, links, and the alerts that feed it. */
@Path("/api/v1/incidents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Incident work log")
public class IncidentWorkResource {

    private final IncidentWork work;
    private final AlertIntake alerts;
    private final ReviewHandler reviews;
    private final CallerFactory callers;

    IncidentWorkResource(IncidentWork work, AlertIntake alerts, ReviewHandler reviews, CallerFactory callers) {
        this.work = work;
        this.alerts = alerts;
        this.reviews = reviews;
        this.callers = callers;
    }

    public record AddNote(@NotBlank @Size(max = 10000) String text, NoteVisibility visibility) {
    }

    public record NoteView(UUID id, Instant at, String author, NoteVisibility visibility, String text) {
        static NoteView of(Note n) {
            return new NoteView(n.id(), n.at(), n.author(), n.visibility(), n.text());
        }
    }

    /** {@code at}: when the attempt was made, if not now; at most the configured grace ago and not before the case. */
    public record RecordAttempt(@NotNull ContactMethod method, @NotNull ContactOutcome outcome, Instant at,
                                @Size(max = 2000) String note) {
    }

    /** {@code recordedAt}: when it was entered (after {@code at} for an attempt entered late). */
    public record AttemptView(UUID id, Instant at, Instant recordedAt, String recordedBy, ContactMethod method,
                              ContactOutcome outcome, String note) {
        static AttemptView of(ContactAttempt a) {
            return new AttemptView(a.id(), a.at(), a.recordedAt(), a.recordedBy(), a.method(), a.outcome(), a.note());
        }
    }

    /** The attempts and, while it is not empty, what the unreachable-customer closure still needs. */
    public record ContactLogView(List<AttemptView> items, boolean closableAsUnreachable, List<String> unmet) {
    }

    public record AddLink(@NotNull LinkType type, @NotNull UUID targetId) {
    }

    public record LinkView(UUID id, LinkType type, String direction, UUID incidentId, String number,
                           @Schema(implementation = IncidentStatus.class) String status,
                           String summary, Instant at, String createdBy) {
        static LinkView of(IncidentWork.LinkedIncident l) {
            return new LinkView(l.link().id(), l.link().type(), l.outgoing() ? "OUTGOING" : "INCOMING", l.other().id(),
                    l.other().number(), l.other().status().name(), l.other().summary(), l.link().at(), l.link().createdBy());
        }
    }

    /** A distributed review report attached to the incident (002 §V.D.3). */
    public record ReviewReportView(UUID reviewId, String reviewType, String kind, Integer version, String title, String url,
                                   Instant distributedAt) {
        static ReviewReportView of(ReviewReport r) {
            return new ReviewReportView(r.reviewId(), r.reviewType(), r.kind(), r.version(), r.title(), r.url(), r.distributedAt());
        }
    }

    public record AlertView(String source, String dedupKey, String status, int occurrences, int deliveries, String summary,
                            String severity, Instant firstSeenAt, Instant lastSeenAt, Instant resolvedAt) {
        static AlertView of(MonitoredAlert a) {
            return new AlertView(a.source().name(), a.dedupKey(), a.status().name(), a.occurrences(), a.deliveries(),
                    a.summary(), a.severity(), a.firstSeenAt(), a.lastSeenAt(), a.resolvedAt());
        }
    }

    @POST
    @Path("notes")
    @RolesAllowed(Access.CUSTOMER_RESPONSE)
    @Operation(operationId = "addIncidentNote",
            summary = "Add a work-log note (INTERNAL or CUSTOMER_VISIBLE; a customer's note is always visible)")
    @APIResponse(responseCode = "201", description = "Note created",
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    public Response addNote(@PathParam("id") UUID id, @Valid @NotNull AddNote request) {
        Note note = work.addNote(id, request.text(), request.visibility(), callers.caller());
        return Response.status(Response.Status.CREATED).entity(NoteView.of(note)).build();
    }

    @GET
    @Path("notes")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listIncidentNotes", summary = "The work log; customers see only customer-visible notes")
    public Page<NoteView> notes(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return work.notes(id, callers.caller(), page).map(NoteView::of);
    }

    @POST
    @Path("contact-attempts")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "recordContactAttempt", summary = "Record an attempt to reach the customer")
    @APIResponse(responseCode = "201", description = "Contact attempt created",
            content = @Content(schema = @Schema(implementation = AttemptView.class)))
    public Response recordAttempt(@PathParam("id") UUID id, @Valid @NotNull RecordAttempt request) {
        ContactAttempt attempt = work.recordContactAttempt(id, request.method(), request.outcome(), request.at(), request.note(),
                callers.caller());
        return Response.status(Response.Status.CREATED).entity(AttemptView.of(attempt)).build();
    }

    @GET
    @Path("contact-attempts")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "getContactLog",
            summary = "The contact attempts and whether the case may be closed as unreachable")
    public ContactLogView attempts(@PathParam("id") UUID id) {
        IncidentWork.ContactLog log = work.contactAttempts(id, callers.caller());
        return new ContactLogView(log.attempts().stream().map(AttemptView::of).toList(),
                log.unmetForUnreachableClosure().isEmpty(), log.unmetForUnreachableClosure());
    }

    @POST
    @Path("links")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "linkIncident", summary = "Link to another incident; DUPLICATE_OF tells the first case's owner")
    @APIResponse(responseCode = "201", description = "Link created",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    public Response link(@PathParam("id") UUID id, @Valid @NotNull AddLink request) {
        var linked = work.link(id, request.type(), request.targetId(), callers.caller());
        return Response.status(Response.Status.CREATED).entity(LinkView.of(linked)).build();
    }

    @GET
    @Path("links")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listIncidentLinks", summary = "Links from and to the incident")
    public List<LinkView> links(@PathParam("id") UUID id) {
        return work.links(id, callers.caller()).stream().map(LinkView::of).toList();
    }

    @GET
    @Path("alerts")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "listIncidentAlerts",
            summary = "The monitoring alerts that feed the incident, with occurrences and resolution")
    public List<AlertView> alerts(@PathParam("id") UUID id) {
        work.requireVisible(id, callers.caller());
        return alerts.ofIncident(id).stream().map(AlertView::of).toList();
    }

    @GET
    @Path("review-reports")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "listIncidentReviewReports",
            summary = "The distributed review reports (PIR, the major incident's AAR) attached to the incident, latest version of each")
    public List<ReviewReportView> reviewReports(@PathParam("id") UUID id) {
        work.requireVisible(id, callers.caller());
        return reviews.reportsOf(id).stream().map(ReviewReportView::of).toList();
    }
}
