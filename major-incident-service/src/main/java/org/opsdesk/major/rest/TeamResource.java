package org.opsdesk.major.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.opsdesk.major.application.TeamService;
import org.opsdesk.major.domain.MajorIncidentEvents.Coordinator;
import org.opsdesk.major.domain.MemberRole;
import org.opsdesk.major.domain.Person;
import org.opsdesk.major.domain.TeamCoverage;
import org.opsdesk.major.domain.TeamMember;

@Path("/api/v1/major-incidents/{id}/team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Team", description = "The major incident team and its coverage of the required teams (MI-3)")
public class TeamResource {

    private final TeamService team;
    private final Callers callers;

    TeamResource(TeamService team, Callers callers) {
        this.team = team;
        this.callers = callers;
    }

    public record AddMember(@NotBlank @Size(max = 200) String name, @Email @Size(max = 200) String email,
                            @Size(max = 50) String phone, @Size(max = 200) String username,
                            @NotBlank @Size(max = 100) String team, @NotNull MemberRole role) {
    }

    public record RemoveMember(@NotBlank @Size(max = 2000) String reason) {
    }

    /** {@code removedAt}, {@code removedBy} and {@code removalReason} are null while the person is a member. */
    public record MemberView(UUID id, String name, String email, String phone, String team, String role, Instant addedAt,
                             String addedBy, Instant removedAt, String removedBy, String removalReason) {
        static MemberView of(TeamMember m) {
            Person p = m.person();
            return new MemberView(m.id(), p.name(), p.email(), p.phone(), m.team(), m.role().name(), m.addedAt(), m.addedBy(),
                    m.removedAt(), m.removedBy(), m.removalReason());
        }
    }

    /** {@code communicationsByLeader}: no member is named Communications Coordinator, so the leader serves as one (002 §IV.G). */
    public record TeamView(Coordinator coordinator, boolean coordinatorGap, List<MemberView> members,
                           List<TeamCoverage.Requirement> coverage, boolean communicationsCoordinatorNamed,
                           boolean communicationsByLeader, List<String> gaps) {
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "getResponseTeam",
            summary = "Members, and for each required team whether it is covered; gaps listed")
    public TeamView get(@PathParam("id") UUID id) {
        TeamService.Team found = team.team(id);
        TeamCoverage coverage = found.coverage();
        return new TeamView(Coordinator.of(found.majorIncident()), found.majorIncident().coordinatorGap(),
                found.members().stream().map(MemberView::of).toList(), coverage.teams(),
                coverage.communicationsCoordinatorNamed(), coverage.communicationsByLeader(), coverage.gaps());
    }

    @POST
    @Path("members")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "addResponseTeamMember", summary = "Add a member (e.g. the COMMUNICATIONS_COORDINATOR)")
    @APIResponse(responseCode = "201", description = "Team member created",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response add(@PathParam("id") UUID id, @Valid @NotNull AddMember request) {
        TeamMember member = team.add(id, new Person(request.name(), request.email(), request.phone(), request.username()),
                request.team(), request.role(), callers.current());
        return Response.status(Response.Status.CREATED).entity(MemberView.of(member)).build();
    }

    @POST
    @Path("members/{memberId}/remove")
    @RolesAllowed(Access.RESPONDERS)
    @Operation(operationId = "removeResponseTeamMember",
            summary = "Remove a member from the team, with the reason (timeline and major-incident.member-removed)")
    public MemberView remove(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
                             @Valid @NotNull RemoveMember request) {
        return MemberView.of(team.remove(id, memberId, request.reason(), callers.current()));
    }
}
