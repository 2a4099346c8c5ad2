package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.application.IncidentDetails;
import org.opsdesk.incident.application.IncidentService;
import org.opsdesk.incident.domain.Contact;
import org.opsdesk.incident.domain.HistoryEntry;
import org.opsdesk.incident.domain.IncidentDraft;
import org.opsdesk.incident.domain.IncidentEdit;
import org.opsdesk.incident.domain.IncidentQuery;
import org.opsdesk.incident.domain.IncidentStatus;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.Source;
import org.opsdesk.incident.domain.Urgency;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Incidents")
public class IncidentResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final IncidentService service;
    private final CallerFactory callers;

    IncidentResource(IncidentService service, CallerFactory callers) {
        this.service = service;
        this.callers = callers;
    }

    public record ContactRequest(@Size(max = 200) String name, @Email @Size(max = 200) String email,
                                 @Size(max = 50) String phone) {
        Contact toContact() {
            return new Contact(name, email, phone);
        }
    }

    /** IN-2: everything known when the incident is reported. {@code source} may be left out by customers. */
    public record CreateIncident(Source source, @NotBlank @Size(max = 200) String summary, @Size(max = 10000) String description,
                                 @Size(min = 1, max = 100) String customerOrg, @Valid ContactRequest reporter,
                                 @Size(max = 20) List<@NotBlank @Size(max = 64) String> serviceIds,
                                 @Size(min = 1, max = 64) String category, @NotNull @Min(1) @Max(4) Integer severity,
                                 Urgency urgency, Instant receivedAt, UUID followUpOf) {
        IncidentDraft toDraft() {
            return new IncidentDraft(source, summary, description, severity, urgency, category, serviceIds, customerOrg,
                    reporter == null ? null : reporter.toContact(), receivedAt, followUpOf, false);
        }
    }

    /** A triage correction: only the fields given change; priority and SLA follow. */
    public record UpdateIncident(@Size(min = 1, max = 200) String summary, @Size(max = 10000) String description,
                                 @Min(1) @Max(4) Integer severity, Urgency urgency, @Size(min = 1, max = 64) String category,
                                 @Size(max = 20) List<@NotBlank @Size(max = 64) String> serviceIds,
                                 @Size(min = 1, max = 100) String customerOrg, @Valid ContactRequest reporter) {
        IncidentEdit toEdit() {
            return new IncidentEdit(summary, description, severity, urgency, category, serviceIds, customerOrg,
                    reporter == null ? null : reporter.toContact());
        }
    }

    public record HistoryView(long id, Instant at, String actor, String action, String field, String oldValue, String newValue) {
        static HistoryView of(HistoryEntry e) {
            return new HistoryView(e.id(), e.at(), e.actor(), e.action(), e.field(), e.oldValue(), e.newValue());
        }
    }

    @POST
    @RolesAllowed(Access.LOG)
    @Operation(operationId = "createIncident",
            summary = "Log an incident; answers its priority, SLA due times, possible duplicates and known errors",
            description = "With an Idempotency-Key header (1-255 visible ASCII characters, unique per request of the caller) "
                    + "a retry of the same request answers the incident the first one opened, with Idempotent-Replayed: true; "
                    + "the same key with a different request is refused (400).")
    @APIResponse(responseCode = "201", description = "Logged (or, for a replayed Idempotency-Key, the incident the first request logged)",
            headers = {@Header(name = "Location", description = "the incident",
                              schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "Idempotent-Replayed", description = "true when this answers a replayed Idempotency-Key",
                                schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    public Response create(@Valid @NotNull CreateIncident request, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, UriInfo uri) {
        IncidentService.Logged logged = service.log(request.toDraft(), callers.caller(), validKey(idempotencyKey));
        IncidentDetails details = logged.details();
        Response.ResponseBuilder created = Response.created(uri.getAbsolutePathBuilder().path(details.incident().id().toString()).build())
                .entity(IncidentView.of(details));
        return (logged.replayed() ? created.header("Idempotent-Replayed", "true") : created).build();
    }

    private static String validKey(String key) {
        if (key != null && !key.matches("[\\x21-\\x7E]{1,255}")) {
            throw new InvalidFieldException(IDEMPOTENCY_KEY, "must be 1 to 255 visible ASCII characters");
        }
        return key;
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listIncidents", summary = "List incidents, filtered and paged")
    public Page<IncidentView> list(@QueryParam("status") List<String> status, @QueryParam("source") String source,
                                   @QueryParam("serviceId") String serviceId, @QueryParam("customerOrg") String customerOrg,
                                   @QueryParam("severity") String severity, @QueryParam("priority") String priority,
                                   @QueryParam("assignedTeam") String assignedTeam, @QueryParam("assignee") String assignee,
                                   @QueryParam("breached") String breached, @QueryParam("majorIncidentId") String majorIncidentId,
                                   @QueryParam("q") @Size(max = 200) String q,
                                   @QueryParam("sort") @Pattern(regexp = "-?(receivedAt|priority|severity|number|status)") String sort,
                                   @Valid @BeanParam PageRequest page) {
        IncidentQuery query = new IncidentQuery(QueryParams.enumValues("status", status, IncidentStatus.class),
                QueryParams.enumValue("source", source, Source.class), serviceId, customerOrg,
                QueryParams.integer("severity", severity, 1, 4), QueryParams.enumValue("priority", priority, Priority.class),
                assignedTeam, assignee, QueryParams.bool("breached", breached),
                QueryParams.uuid("majorIncidentId", majorIncidentId), q, sort);
        return service.list(query, callers.caller(), page).map(IncidentView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getIncident",
            summary = "One incident with its possible duplicates and known-error suggestions")
    public IncidentView get(@PathParam("id") UUID id) {
        return IncidentView.of(service.get(id, callers.caller()));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "updateIncident",
            summary = "Correct fields (triage); priority and SLA targets follow the new severity and urgency")
    public IncidentView update(@PathParam("id") UUID id, @Valid @NotNull UpdateIncident request) {
        return IncidentView.of(service.update(id, request.toEdit(), callers.caller()));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "listIncidentHistory",
            summary = "Every change of the incident: who, when, field, old and new value (append-only)")
    public Page<HistoryView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.history(id, callers.caller(), page).map(HistoryView::of);
    }
}
