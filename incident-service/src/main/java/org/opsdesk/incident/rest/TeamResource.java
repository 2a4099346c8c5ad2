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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.application.ReferenceDataService;
import org.opsdesk.incident.domain.Contact;
import org.opsdesk.incident.domain.reference.Team;

/** Teams and escalation queues: tier, functional path (escalatesTo), management chain, members (IN-7, IN-8). */
@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reference data")
public class TeamResource {

    private final ReferenceDataService reference;

    TeamResource(ReferenceDataService reference) {
        this.reference = reference;
    }

    public record ManagerRequest(@NotBlank @Size(max = 200) String name, @Email @Size(max = 200) String email,
                                 @Size(max = 50) String phone) {
    }

    public record TeamRequest(@Pattern(regexp = ReferenceIds.PATTERN) String id, @NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(3) Integer tier,
                              @Size(max = 200) String email, @Size(min = 1, max = 64) String escalatesTo,
                              @Size(max = 500) List<@NotBlank @Size(max = 100) String> members,
                              @Size(max = 10) List<@Valid @NotNull ManagerRequest> managers) {
        ReferenceDataService.TeamDefinition definition() {
            Set<String> people = members == null ? Set.of() : new LinkedHashSet<>(members);
            List<Contact> chain = managers == null ? List.of()
                    : managers.stream().map(m -> new Contact(m.name(), m.email(), m.phone())).toList();
            return new ReferenceDataService.TeamDefinition(name, tier, email, escalatesTo, people, chain);
        }
    }

    public record TeamView(String id, String name, int tier, String email, String escalatesTo, Set<String> members,
                           List<Contact> managers) {
        static TeamView of(Team t) {
            return new TeamView(t.id(), t.name(), t.tier(), t.email(), t.escalatesTo().orElse(null), t.members(), t.managers());
        }
    }

    @GET
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "listTeams", summary = "All teams, lowest tier first")
    public List<TeamView> list() {
        return reference.teams().stream().map(TeamView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "getTeam")
    public TeamView get(@PathParam("id") String id) {
        return TeamView.of(reference.team(id));
    }

    @POST
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "createTeam", summary = "Add a team")
    @APIResponse(responseCode = "201", description = "Team created",
            headers = @Header(name = "Location", description = "the new team",
                           schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response create(@Valid @NotNull TeamRequest request, UriInfo uri) {
        Team team = reference.saveTeam(ReferenceIds.forCreate("id", request.id()), request.definition(), true);
        return Response.created(uri.getAbsolutePathBuilder().path(team.id()).build()).entity(TeamView.of(team)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "updateTeam", summary = "Change a team")
    public TeamView update(@PathParam("id") String id, @Valid @NotNull TeamRequest request) {
        return TeamView.of(reference.saveTeam(ReferenceIds.forUpdate("id", id, request.id()), request.definition(), false));
    }
}
