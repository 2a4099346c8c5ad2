package org.opsdesk.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.opsdesk.major.application.DeclarationService;
import org.opsdesk.major.application.MajorIncidentService;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentFilter;
import org.opsdesk.major.domain.MajorIncidentStatus;
import org.opsdesk.major.domain.MajorIncidentType;
import org.opsdesk.major.domain.Person;
import org.opsdesk.major.domain.TimelineEntry;
import org.opsdesk.platform.rest.QueryValues;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.rest.ChangeFeedRequest;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1/major-incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Major incidents", description = "Declaration, coordinator, scope, resolution and timeline (MI-1, MI-2, MI-5, MI-9)")
public class MajorIncidentResource {

    private final DeclarationService declarations;
    private final MajorIncidentService majorIncidents;
    private final Callers callers;

    MajorIncidentResource(DeclarationService declarations, MajorIncidentService majorIncidents, Callers callers) {
        this.declarations = declarations;
        this.majorIncidents = majorIncidents;
        this.callers = callers;
    }

    public record Declare(@NotBlank @Size(max = 200) String title, @NotNull MajorIncidentType type,
                          @NotEmpty List<@NotBlank @Size(max = 100) String> serviceIds,
                          @NotBlank @Size(max = 2000) String impactSummary, List<@NotNull UUID> incidentIds) {
        MajorIncident.Declaration toDomain() {
            return new MajorIncident.Declaration(title, type, serviceIds, impactSummary, incidentIds == null ? List.of() : incidentIds);
        }
    }

    public record AssignCoordinator(@NotBlank @Size(max = 200) String name, @Email @Size(max = 200) String email,
                                    @Size(max = 50) String phone, @Size(max = 200) String username,
                                    @Size(max = 60) String role, @Size(max = 500) String reason) {
    }

    public record ChangeType(@NotNull MajorIncidentType type, @NotBlank @Size(max = 2000) String reason) {
    }

    public record LinkIncident(@NotNull UUID incidentId) {
    }

    public record Scope(@NotEmpty List<@NotBlank @Size(max = 100) String> serviceIds,
                        @NotBlank @Size(max = 2000) String impactSummary) {
    }

    public record Resolve(@NotBlank @Size(max = 4000) String resolutionSummary) {
    }

    public record Reopen(@NotBlank @Size(max = 2000) String reason) {
    }

    public record TimelineEntryRequest(@NotBlank @Size(max = 4000) String text) {
    }

    public record TimelineView(Instant at, String actor, String kind, String description) {
        static TimelineView of(TimelineEntry e) {
            return new TimelineView(e.at(), e.actor(), e.kind(), e.description());
        }
    }

    @POST
    @Authenticated
    @Operation(operationId = "declareMajorIncident",
            summary = "Declare a major incident (declaration authorities only; 403 names them)")
    @APIResponse(responseCode = "201", description = "Major incident created",
            headers = @Header(name = "Location", description = "the new major incident",
                               schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = MajorIncidentView.class)))
    public Response declare(@Valid @NotNull Declare request, UriInfo uri) {
        MajorIncident mi = declarations.declare(request.toDomain(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(mi.id().toString()).build())
                .entity(MajorIncidentView.of(mi)).build();
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listMajorIncidents", summary = "List major incidents, newest first, by status (repeatable), incidentId or serviceId; with updatedSince, a change feed",
            description = "With updatedSince the list holds the major incidents changed at or after that instant, ordered by "
                    + "updatedAt then id. Paging rule: pass the last item's updatedAt as updatedSince and its id as afterId "
                    + "(keep page=0) until a page has fewer than size items; keep that pair for the next sync.")
    public Page<MajorIncidentView> list(@QueryParam("status") List<String> status, @QueryParam("incidentId") String incidentId,
                                        @QueryParam("serviceId") String serviceId, @Valid @BeanParam PageRequest page,
                                        @BeanParam ChangeFeedRequest changes) {
        return majorIncidents.list(new MajorIncidentFilter(statuses(status), QueryValues.uuid("incidentId", incidentId), serviceId, changes.since(), changes.afterId()), page)
                .map(MajorIncidentView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "getMajorIncident")
    public MajorIncidentView get(@PathParam("id") UUID id) {
        return MajorIncidentView.of(majorIncidents.get(id));
    }

    @POST
    @Authenticated
    @Path("{id}/coordinator")
    @Operation(operationId = "assignCoordinator",
            summary = "Reassign the Major Incident Coordinator (declaration authorities)")
    public MajorIncidentView assignCoordinator(@PathParam("id") UUID id, @Valid @NotNull AssignCoordinator request) {
        Person person = new Person(request.name(), request.email(), request.phone(), request.username());
        return MajorIncidentView.of(majorIncidents.reassignCoordinator(id, person, request.role(), request.reason(), callers.current()));
    }

    @POST
    @Authenticated
    @Path("{id}/type")
    @Operation(operationId = "changeMajorIncidentType",
            summary = "Retype OPERATIONAL ↔ CYBERSECURITY (cybersecurity authorities); becoming CYBERSECURITY hands the lead to the Enterprise Security Officer on duty")
    public MajorIncidentView changeType(@PathParam("id") UUID id, @Valid @NotNull ChangeType request) {
        return MajorIncidentView.of(declarations.changeType(id, request.type(), request.reason(), callers.current()));
    }

    @POST
    @Path("{id}/incidents")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "linkMajorIncidentIncident",
            summary = "Link an incident as a child (409 when it belongs to another major incident)")
    public MajorIncidentView linkIncident(@PathParam("id") UUID id, @Valid @NotNull LinkIncident request) {
        majorIncidents.linkIncident(id, request.incidentId(), callers.current().name());
        return MajorIncidentView.of(majorIncidents.get(id));
    }

    @PUT
    @Path("{id}/scope")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "setMajorIncidentScope", summary = "Record the scope: affected services and impact (MI-5)")
    public MajorIncidentView scope(@PathParam("id") UUID id, @Valid @NotNull Scope request) {
        return MajorIncidentView.of(majorIncidents.changeScope(id, request.serviceIds(), request.impactSummary(), callers.current()));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "resolveMajorIncident")
    public MajorIncidentView resolve(@PathParam("id") UUID id, @Valid @NotNull Resolve request) {
        return MajorIncidentView.of(majorIncidents.resolve(id, request.resolutionSummary(), callers.current()));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "reopenMajorIncident")
    public MajorIncidentView reopen(@PathParam("id") UUID id, @Valid @NotNull Reopen request) {
        return MajorIncidentView.of(majorIncidents.reopen(id, request.reason(), callers.current()));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "closeMajorIncident")
    public MajorIncidentView close(@PathParam("id") UUID id) {
        return MajorIncidentView.of(majorIncidents.close(id, callers.current()));
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listTimelineEntries", summary = "Everything that happened, in order, with who and when (MI-9)")
    public Page<TimelineView> timeline(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return majorIncidents.timeline(id, page).map(TimelineView::of);
    }

    @POST
    @Path("{id}/timeline")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "addTimelineEntry",
            summary = "Write a manual timeline entry (kind manual-entry; SCRIBE members and the coordinator; append-only)")
    @APIResponse(responseCode = "201", description = "Timeline entry created",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    public Response writeEntry(@PathParam("id") UUID id, @Valid @NotNull TimelineEntryRequest request) {
        TimelineEntry entry = majorIncidents.writeEntry(id, request.text(), callers.current());
        return Response.status(Response.Status.CREATED).entity(TimelineView.of(entry)).build();
    }

    private static List<MajorIncidentStatus> statuses(List<String> names) {
        try {
            return names.stream().map(MajorIncidentStatus::valueOf).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("status", "must be one of DECLARED, ACTIVE, RESOLVED, CLOSED");
        }
    }
}
