package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.opsdesk.incident.domain.reference.CatalogService;

/** The service catalog: each service's owning team and whether it is significant (IN-2, IN-16). */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reference data")
public class ServiceCatalogResource {

    private final ReferenceDataService reference;

    ServiceCatalogResource(ReferenceDataService reference) {
        this.reference = reference;
    }

    public record ServiceRequest(@Pattern(regexp = ReferenceIds.PATTERN) String id, @NotBlank @Size(max = 200) String name,
                                 @NotBlank @Size(max = 64) String owningTeam, @NotNull Boolean significant, Boolean active) {
    }

    public record ServiceView(String id, String name, String owningTeam, boolean significant, boolean active) {
        static ServiceView of(CatalogService s) {
            return new ServiceView(s.id(), s.name(), s.owningTeam(), s.significant(), s.active());
        }
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listServices", summary = "The service catalog")
    public List<ServiceView> list() {
        return reference.services().stream().map(ServiceView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getService")
    public ServiceView get(@PathParam("id") String id) {
        return ServiceView.of(reference.service(id));
    }

    @POST
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "createService", summary = "Add a service to the catalog")
    @APIResponse(responseCode = "201", description = "Service created",
            headers = @Header(name = "Location", description = "the new service",
                              schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    public Response create(@Valid @NotNull ServiceRequest r, UriInfo uri) {
        CatalogService service = reference.saveService(ReferenceIds.forCreate("id", r.id()), r.name(), r.owningTeam(), r.significant(),
                r.active() == null || r.active(), true);
        return Response.created(uri.getAbsolutePathBuilder().path(service.id()).build()).entity(ServiceView.of(service)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "updateService", summary = "Change a service: owning team, significance, active")
    public ServiceView update(@PathParam("id") String id, @Valid @NotNull ServiceRequest r) {
        return ServiceView.of(reference.saveService(ReferenceIds.forUpdate("id", id, r.id()), r.name(), r.owningTeam(), r.significant(),
                r.active() == null || r.active(), false));
    }
}
