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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.opsdesk.incident.application.IntegrationService;
import org.opsdesk.incident.domain.integration.Integration;
import org.opsdesk.incident.domain.integration.IntegrationKind;

/**
 * Monitoring integrations and their keys (issue 14, docs/integrations.md): an admin creates one and gets its key
 * once; rotating gives a new key and keeps the previous one for the configured overlap; revoking ends every key.
 */
@Path("/api/v1/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Integrations")
public class IntegrationResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final IntegrationService integrations;

    IntegrationResource(IntegrationService integrations) {
        this.integrations = integrations;
    }

    public record IntegrationRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ._-]*") String name,
                                     @NotNull IntegrationKind kind,
                                     @Size(max = 64) String defaultService, @Size(max = 100) String defaultCustomerOrg) {
    }

    /** An integration; never its key. */
    public record IntegrationView(UUID id, String name, IntegrationKind kind,
                                  @Schema(nullable = true) String defaultService,
                                  @Schema(nullable = true) String defaultCustomerOrg, Instant createdAt,
                                  @Schema(nullable = true) Instant keyRotatedAt,
                                  @Schema(nullable = true) Instant revokedAt) {
        static IntegrationView of(Integration i) {
            return new IntegrationView(i.id(), i.name(), i.kind(), i.defaultService(), i.defaultCustomerOrg(), i.createdAt(),
                    i.keyRotatedAt(), i.revokedAt());
        }
    }

    /** The answer of a creation or rotation: the only time the key is shown. */
    public record KeyView(UUID id, String name, IntegrationKind kind,
                          @Schema(description = "The key; stored only as its SHA-256, so it is never shown again") String key,
                          @Schema(nullable = true) String defaultService, @Schema(nullable = true) String defaultCustomerOrg,
                          @Schema(nullable = true, description = "Rotation: until when the previous key still works")
                          Instant previousKeyExpiresAt) {
        static KeyView of(IntegrationService.Minted m) {
            Integration i = m.integration();
            return new KeyView(i.id(), i.name(), i.kind(), m.key(), i.defaultService(), i.defaultCustomerOrg(), m.previousKeyExpiresAt());
        }
    }

    @POST
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "createIntegration", summary = "Create an integration; its key is in this answer only")
    @APIResponse(responseCode = "201", description = "Created, with its key", headers = @Header(name = "Location", description = "the new integration",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "409", description = "An integration of that name exists")
    public Response create(@Valid @NotNull IntegrationRequest r, UriInfo uri) {
        IntegrationService.Minted minted = integrations.create(r.name().strip(), r.kind(), blankToNull(r.defaultService()),
                blankToNull(r.defaultCustomerOrg()));
        return Response.created(uri.getAbsolutePathBuilder().path(minted.integration().id().toString()).build())
                .entity(KeyView.of(minted)).build();
    }

    @GET
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "listIntegrations", summary = "Every integration, revoked ones included, by name; never a key")
    @APIResponse(responseCode = "200", description = "The integrations",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = IntegrationView.class)))
    public List<IntegrationView> list() {
        return integrations.all().stream().map(IntegrationView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "getIntegration", summary = "One integration; never its key")
    @APIResponse(responseCode = "200", description = "The integration",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = IntegrationView.class)))
    public IntegrationView get(@PathParam("id") UUID id) {
        return IntegrationView.of(integrations.get(id));
    }

    @POST
    @Path("{id}/rotate")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "rotateIntegrationKey",
            summary = "A new key; the previous one works until previousKeyExpiresAt (opsdesk.incident.alerts.integrations.rotation-overlap)")
    @APIResponse(responseCode = "200", description = "The new key",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "409", description = "The integration is revoked")
    public KeyView rotate(@PathParam("id") UUID id) {
        return KeyView.of(integrations.rotate(id));
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "revokeIntegration", summary = "End every key of the integration at once; revoking again changes nothing")
    @APIResponse(responseCode = "200", description = "The revoked integration",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = IntegrationView.class)))
    public IntegrationView revoke(@PathParam("id") UUID id) {
        return IntegrationView.of(integrations.revoke(id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
