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
import org.opsdesk.incident.application.KnownErrorService;
import org.opsdesk.incident.domain.reference.KnownError;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** Known errors and their workarounds, searchable by symptoms (IN-5). */
@Path("/api/v1/known-errors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Known errors")
public class KnownErrorResource {

    private final KnownErrorService knownErrors;

    KnownErrorResource(KnownErrorService knownErrors) {
        this.knownErrors = knownErrors;
    }

    public record KnownErrorRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String symptoms,
                                    @NotBlank @Size(max = 10000) String workaround,
                                    @Size(max = 20) List<@NotBlank @Size(max = 64) String> serviceIds, Boolean active) {
    }

    public record KnownErrorView(UUID id, String title, String symptoms, String workaround, List<String> serviceIds,
                                 boolean active, Instant createdAt) {
        static KnownErrorView of(KnownError k) {
            return new KnownErrorView(k.id(), k.title(), k.symptoms(), k.workaround(), k.serviceIds(), k.active(), k.createdAt());
        }
    }

    @GET
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "listKnownErrors",
            summary = "Full-text search of symptoms, titles and workarounds (words, \"phrases\", -excluded); best first")
    public Page<KnownErrorView> search(@QueryParam("q") @Size(max = 500) String q, @Valid @BeanParam PageRequest page) {
        return knownErrors.search(q, page).map(KnownErrorView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "getKnownError")
    public KnownErrorView get(@PathParam("id") UUID id) {
        return KnownErrorView.of(knownErrors.get(id));
    }

    @POST
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "createKnownError", summary = "Record a known error with its workaround")
    @APIResponse(responseCode = "201", description = "Known error created",
            headers = @Header(name = "Location", description = "the new known error",
                                 schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = KnownErrorView.class)))
    public Response create(@Valid @NotNull KnownErrorRequest r, UriInfo uri) {
        KnownError knownError = knownErrors.create(r.title(), r.symptoms(), r.workaround(), r.serviceIds());
        return Response.created(uri.getAbsolutePathBuilder().path(knownError.id().toString()).build())
                .entity(KnownErrorView.of(knownError)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Access.WORK)
    @Operation(operationId = "updateKnownError", summary = "Change a known error, or retire it (active false)")
    public KnownErrorView update(@PathParam("id") UUID id, @Valid @NotNull KnownErrorRequest r) {
        return KnownErrorView.of(knownErrors.update(id, r.title(), r.symptoms(), r.workaround(), r.serviceIds(),
                r.active() == null || r.active()));
    }
}
