package org.opsdesk.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.major.application.DeclarationService;
import org.opsdesk.major.application.RosterService;
import org.opsdesk.major.domain.Person;
import org.opsdesk.major.domain.RosterEntry;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Roster", description = "Who holds each duty role over which time range (MI-2)")
public class RosterResource {


    private final RosterService roster;
    private final DeclarationService declarations;
    private final Callers callers;

    RosterResource(RosterService roster, DeclarationService declarations, Callers callers) {
        this.roster = roster;
        this.declarations = declarations;
        this.callers = callers;
    }

    /** {@code username} is the person's login, so the coordinator is recognised when publishing status updates. */
    public record Shift(@NotBlank @Size(max = 60) String dutyRole, @NotBlank @Size(max = 200) String name,
                        @Email @Size(max = 200) String email, @Size(max = 50) String phone,
                        @Size(max = 200) String username, @NotNull Instant startsAt, @NotNull Instant endsAt) {
        RosterService.Shift toDomain() {
            return new RosterService.Shift(dutyRole, new Person(name, email, phone, username), startsAt, endsAt);
        }
    }

    public record RosterEntryView(UUID id, String dutyRole, String name, String email, String phone, String username,
                                  Instant startsAt, Instant endsAt, Instant createdAt, String createdBy) {
        static RosterEntryView of(RosterEntry e) {
            Person p = e.person();
            return new RosterEntryView(e.id(), e.dutyRole(), p.name(), p.email(), p.phone(), p.username(), e.startsAt(),
                    e.endsAt(), e.createdAt(), e.createdBy());
        }
    }

    @POST
    @RolesAllowed(Access.ROSTER_EDITORS)
    @Operation(operationId = "addRosterEntry", summary = "Add a shift: someone holds a duty role from startsAt to endsAt")
    @APIResponse(responseCode = "201", description = "Roster entry created",
            headers = @Header(name = "Location", description = "the new roster entry",
                                  schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = RosterEntryView.class)))
    public Response add(@Valid @NotNull Shift request, UriInfo uri) {
        RosterEntry entry = roster.add(request.toDomain(), callers.current().name());
        declarations.fillCoordinatorGaps(); // a shift that covers a chain role now takes the lead at once (MI-2)
        return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build())
                .entity(RosterEntryView.of(entry)).build();
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listRosterEntries", summary = "Shifts, by duty role and/or covering an instant (at)")
    public Page<RosterEntryView> list(@QueryParam("dutyRole") String dutyRole, @QueryParam("at") String at,
                                      @Valid @BeanParam PageRequest page) {
        return roster.list(dutyRole, instant(at), page).map(RosterEntryView::of);
    }

    private static Instant instant(String at) {
        try {
            return at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("at", "must be an ISO-8601 instant, e.g. 2026-11-23T14:00:00Z");
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "getRosterEntry")
    public RosterEntryView get(@PathParam("id") UUID id) {
        return RosterEntryView.of(roster.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Access.ROSTER_EDITORS)
    @Operation(operationId = "updateRosterEntry")
    public RosterEntryView change(@PathParam("id") UUID id, @Valid @NotNull Shift request) {
        RosterEntryView changed = RosterEntryView.of(roster.change(id, request.toDomain()));
        declarations.fillCoordinatorGaps();
        return changed;
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Access.ROSTER_EDITORS)
    @Operation(operationId = "removeRosterEntry")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response remove(@PathParam("id") UUID id) {
        roster.remove(id);
        return Response.noContent().build();
    }
}
