package org.opsdesk.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.notification.application.OrganisationService;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.OrganisationTerms;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Organisations", description = "Customer organisations' notification terms: services used, methods, timelines (CO-3)")
public class OrganisationResource {

    private final OrganisationService service;

    OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    /** Durations are ISO-8601 ({@code PT30M}); null means the service's default ({@code opsdesk.notification.customers.*}). */
    public record OrganisationRequest(@NotBlank @Size(max = 200) String name,
                                      @NotNull @Size(max = 200) List<@NotBlank @Size(max = 200) String> serviceIds,
                                      @NotNull @Size(min = 1, max = 4) List<@NotNull Channel> channels, Duration notifyWithin,
                                      Duration updateEvery, @Pattern(regexp = "https?://.{1,1990}", message = "must be an http(s) URL")
                                      String portalUrl) {
    }

    /** {@code notifyWithin} and {@code updateEvery} as ISO-8601, null where the default applies. */
    public record OrganisationView(String key, String name, List<String> serviceIds, List<Channel> channels,
                                   String notifyWithin, String updateEvery, String portalUrl) {
        static OrganisationView of(OrganisationTerms o) {
            OrganisationTerms.Terms t = o.terms();
            return new OrganisationView(o.key(), t.name(), t.serviceIds(), t.channels(), iso(t.notifyWithin()),
                    iso(t.updateEvery()), t.portalUrl());
        }

        private static String iso(Duration duration) {
            return duration == null ? null : duration.toString();
        }
    }

    @GET
    @Operation(operationId = "listOrganisations", summary = "List the customer organisations' notification terms")
    @RolesAllowed(Access.DIRECTORY_READERS)
    public Page<OrganisationView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page).map(OrganisationView::of);
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getOrganisation", summary = "Read an organisation's notification terms")
    @RolesAllowed(Access.DIRECTORY_READERS)
    public OrganisationView get(@PathParam("key") String key) {
        return OrganisationView.of(service.get(key));
    }

    @PUT
    @Path("{key}")
    @Operation(operationId = "putOrganisation",
            summary = "Create or replace an organisation's notification terms (201 when created, 200 when replaced)")
    @RolesAllowed(Access.ORGANISATION_EDITORS)
    @APIResponse(responseCode = "201", description = "Organisation created",
            headers = @Header(name = "Location", description = "the new organisation",
                                   schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response put(@PathParam("key") @Pattern(regexp = ContactResource.KEY, message = ContactResource.KEY_RULE) String key,
                        @Valid @NotNull OrganisationRequest request, UriInfo uri) {
        OrganisationService.Saved saved = service.put(key, new OrganisationTerms.Terms(request.name(), request.serviceIds(),
                request.channels(), request.notifyWithin(), request.updateEvery(), request.portalUrl()));
        OrganisationView view = OrganisationView.of(saved.organisation());
        return saved.created() ? Response.created(uri.getAbsolutePath()).entity(view).build() : Response.ok(view).build();
    }

    @DELETE
    @Path("{key}")
    @Operation(operationId = "deleteOrganisation",
            summary = "Delete an organisation's terms: its incidents are then notified on the default terms")
    @RolesAllowed(Access.ORGANISATION_EDITORS)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("key") String key) {
        service.delete(key);
    }
}
