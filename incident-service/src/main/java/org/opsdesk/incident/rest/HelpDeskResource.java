package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.application.ReferenceDataService;
import org.opsdesk.incident.domain.reference.HelpDesk;
import org.opsdesk.incident.rest.IncidentView.HelpDeskView;

/** The directory of other agencies' help desks that cases are referred to (IN-3). */
@Path("/api/v1/help-desks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reference data")
public class HelpDeskResource {

    private final ReferenceDataService reference;

    HelpDeskResource(ReferenceDataService reference) {
        this.reference = reference;
    }

    public record HelpDeskRequest(@Pattern(regexp = ReferenceIds.PATTERN) String id, @NotBlank @Size(max = 200) String name,
                                  @Size(max = 50) String phone, @Email @Size(max = 200) String email,
                                  @Pattern(regexp = "https?://.+") @Size(max = 500) String url, @Size(max = 200) String hours) {
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listHelpDesks", summary = "The help-desk directory")
    public List<HelpDeskView> list() {
        return reference.helpDesks().stream().map(HelpDeskView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getHelpDesk")
    public HelpDeskView get(@PathParam("id") String id) {
        return HelpDeskView.of(reference.helpDesk(id));
    }

    @POST
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "createHelpDesk", summary = "Add a help desk to the directory")
    @APIResponse(responseCode = "201", description = "Help desk created",
            headers = @Header(name = "Location", description = "the new help desk",
                                  schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = HelpDeskView.class)))
    public Response create(@Valid @NotNull HelpDeskRequest r, UriInfo uri) {
        HelpDesk desk = reference.saveHelpDesk(ReferenceIds.forCreate("id", r.id()), r.name(), r.phone(), r.email(), r.url(), r.hours(), true);
        return Response.created(uri.getAbsolutePathBuilder().path(desk.id()).build()).entity(HelpDeskView.of(desk)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "updateHelpDesk")
    public HelpDeskView update(@PathParam("id") String id, @Valid @NotNull HelpDeskRequest r) {
        return HelpDeskView.of(reference.saveHelpDesk(ReferenceIds.forUpdate("id", id, r.id()), r.name(), r.phone(), r.email(), r.url(),
                r.hours(), false));
    }
}
