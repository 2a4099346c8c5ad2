package org.opsdesk.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.notification.application.AudienceService;
import org.opsdesk.notification.application.WebhookSecrets;

/** The Standard Webhooks signing secret of a WEBHOOK audience: minted (or rotated) here and shown only in the answer. */
@Path("/api/v1/audiences/{key}/webhook-secret")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Audiences")
public class WebhookSecretResource {

    private final AudienceService audiences;

    WebhookSecretResource(AudienceService audiences) {
        this.audiences = audiences;
    }

    @Schema(name = "WebhookSecret", requiredProperties = {"audience", "secret", "createdAt"})
    public record WebhookSecretView(
            String audience,
            @Schema(description = "whsec_ followed by the base64 of the 32-byte HMAC-SHA256 key; shown only in this answer",
                    pattern = "^whsec_[A-Za-z0-9+/]+={0,2}$") String secret,
            Instant createdAt,
            @Schema(description = "until when the previous secret keeps signing alongside (null: there was none)")
            Instant previousValidUntil) {
        static WebhookSecretView of(WebhookSecrets.Minted minted) {
            return new WebhookSecretView(minted.audience(), minted.secret(), minted.createdAt(), minted.previousValidUntil());
        }
    }

    @POST
    @RolesAllowed(Access.AUDIENCE_EDITORS) // those who edit audiences
    @Operation(operationId = "rotateWebhookSecret",
            summary = "Mint a new signing secret for a WEBHOOK audience (Standard Webhooks); the previous one signs until previousValidUntil",
            description = "Every post to the audience carries webhook-id, webhook-timestamp and webhook-signature "
                    + "(v1,<base64 HMAC-SHA256 of id.timestamp.body>; two signatures during the overlap). The secret is stored "
                    + "encrypted and never shown again: 404 for an unknown audience, 409 for an audience of another channel.")
    @APIResponse(responseCode = "201", description = "Minted; the previous secret, if any, signs until previousValidUntil",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSecretView.class)))
    public Response rotate(@PathParam("key") String key) {
        return Response.status(Response.Status.CREATED).entity(WebhookSecretView.of(audiences.rotateSecret(key)))
                .header("Cache-Control", "no-store").build();
    }
}
