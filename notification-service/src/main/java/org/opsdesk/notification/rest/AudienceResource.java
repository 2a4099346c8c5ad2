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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.notification.application.AudienceService;
import org.opsdesk.notification.domain.Audience;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.WebhookFormat;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1/audiences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Audiences", description = "Audience groups of 000 §5.5; those in the default plan are copied into each new plan")
public class AudienceResource {

    private final AudienceService service;

    AudienceResource(AudienceService service) {
        this.service = service;
    }

    public record AudienceRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String communicator,
                                  @NotNull Channel channel, List<@NotBlank String> members, List<@NotBlank @Size(max = 100) String> topics,
                                  @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String webhookUrl,
                                  WebhookFormat webhookFormat, Boolean inDefaultPlan, Integer position) {
        Audience.Definition definition() {
            return new Audience.Definition(name, communicator, channel, members == null ? List.of() : members,
                    topics == null ? List.of() : topics, webhookUrl, webhookFormat == null ? WebhookFormat.SLACK : webhookFormat,
                    Boolean.TRUE.equals(inDefaultPlan), position == null ? 100 : position);
        }
    }

    public record AudienceView(String key, String name, String communicator, Channel channel, List<String> members,
                               List<String> topics, String webhookUrl, WebhookFormat webhookFormat, boolean inDefaultPlan, int position) {
        static AudienceView of(Audience a) {
            return new AudienceView(a.key(), a.name(), a.communicator(), a.channel(), a.members(), a.topics(), a.webhookUrl(),
                    a.webhookFormat(), a.inDefaultPlan(), a.position());
        }
    }

    @GET
    @Operation(operationId = "listAudiences", summary = "List audience groups in plan order")
    @RolesAllowed(Access.DIRECTORY_READERS)
    public Page<AudienceView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page).map(AudienceView::of);
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getAudience", summary = "Read an audience group")
    @RolesAllowed(Access.DIRECTORY_READERS)
    public AudienceView get(@PathParam("key") String key) {
        return AudienceView.of(service.get(key));
    }

    @PUT
    @Path("{key}")
    @Operation(operationId = "putAudience",
            summary = "Create or replace an audience group (201 when created, 200 when replaced)")
    @RolesAllowed(Access.AUDIENCE_EDITORS)
    @APIResponse(responseCode = "201", description = "Audience created",
            headers = @Header(name = "Location", description = "the new audience",
                               schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AudienceView.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = AudienceView.class)))
    public Response put(@PathParam("key") @Pattern(regexp = ContactResource.KEY, message = ContactResource.KEY_RULE) String key,
                        @Valid @NotNull AudienceRequest request, UriInfo uri) {
        AudienceService.Saved saved = service.put(key, request.definition());
        AudienceView view = AudienceView.of(saved.audience());
        return saved.created() ? Response.created(uri.getAbsolutePath()).entity(view).build() : Response.ok(view).build();
    }

    @DELETE
    @Path("{key}")
    @Operation(operationId = "deleteAudience", summary = "Delete an audience group; running plans keep their copy")
    @RolesAllowed(Access.AUDIENCE_EDITORS)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("key") String key) {
        service.delete(key);
    }
}
