package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.incident.application.IncidentService;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.Source;
import org.opsdesk.platform.security.Roles;

@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class IncidentResource {

    private final IncidentService service;

    IncidentResource(IncidentService service) {
        this.service = service;
    }

    public record CreateIncident(@NotNull Source source, @NotBlank @Size(max = 200) String summary,
                                 @NotNull @Min(1) @Max(4) Integer severity) {
    }

    public record IncidentView(UUID id, String number, String status, String source, String summary, int severity,
                               Instant createdAt, UUID majorIncidentId) {
        static IncidentView of(Incident i) {
            return new IncidentView(i.id(), i.number(), i.status().name(), i.source().name(), i.summary(), i.severity(), i.createdAt(),
                    i.majorIncidentId());
        }
    }

    @POST
    @RolesAllowed({Roles.SERVICE_DESK, Roles.TECHNICIAN, Roles.INTEGRATION, Roles.CUSTOMER, Roles.ADMIN})
    public Response create(@Valid @NotNull CreateIncident request, SecurityContext security, UriInfo uri) {
        Incident incident = service.log(request.source(), request.summary(), request.severity(),
                security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(incident.id().toString()).build())
                .entity(IncidentView.of(incident)).build();
    }

    @GET
    @Path("{id}")
    public IncidentView get(@PathParam("id") UUID id) {
        return IncidentView.of(service.get(id));
    }
}
