package org.opsdesk.review.rest;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.review.application.ActionItemService;
import org.opsdesk.review.domain.ActionItem;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.rest.ReviewViews.ActionItemView;

/** Action items of a review, tracked to completion (RV-4). */
@Path("/api/v1/reviews/{id}/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Action items")
public class ActionItemResource {

    private final ActionItemService items;
    private final Clock clock;

    ActionItemResource(ActionItemService items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    public record Owner(@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) String email) {
    }

    public record Ticket(@Size(max = 100) String key, @Size(max = 1000) @Pattern(regexp = "https?://.+") String url) {
    }

    public record NewActionItem(@NotBlank @Size(max = 300) String title, @NotNull @Valid Owner owner,
                                @NotNull LocalDate dueDate, @Valid Ticket externalTicket) {
        ActionItemService.NewActionItem toCommand() {
            return new ActionItemService.NewActionItem(title, new Person(owner.name(), owner.email()), dueDate,
                    externalTicket == null ? null : new ActionItem.Ticket(externalTicket.key(), externalTicket.url()));
        }
    }

    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.EDITORS)
    @Operation(operationId = "createActionItem",
            summary = "Add an action item: title, owner, due date and an optional link to an external ticket")
    @APIResponse(responseCode = "201", description = "Action item created",
            headers = @Header(name = "Location", description = "the new action item",
                         schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ActionItemView.class)))
    public Response create(@PathParam("id") UUID reviewId, @Valid @NotNull NewActionItem request, SecurityContext security,
                           UriInfo uri) {
        ActionItem item = items.create(reviewId, request.toCommand(), ReviewResource.name(security));
        return Response.created(uri.getAbsolutePathBuilder().path(item.id().toString()).build())
                .entity(ActionItemView.of(item, clock.instant())).build();
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listActionItems", summary = "The review's action items, by due date")
    public List<ActionItemView> list(@PathParam("id") UUID reviewId) {
        return items.ofReview(reviewId).stream().map(i -> ActionItemView.of(i, clock.instant())).toList();
    }

    @GET
    @Path("{itemId}")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "getActionItem")
    public ActionItemView get(@PathParam("id") UUID reviewId, @PathParam("itemId") UUID itemId) {
        return ActionItemView.of(items.get(reviewId, itemId), clock.instant());
    }

    @PUT
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.EDITORS)
    @Operation(operationId = "updateActionItem",
            summary = "Change an open item's title, owner, due date or ticket; a new due date restarts its overdue notices")
    public ActionItemView update(@PathParam("id") UUID reviewId, @PathParam("itemId") UUID itemId,
                                 @Valid @NotNull NewActionItem request, SecurityContext security) {
        return ActionItemView.of(items.update(reviewId, itemId, request.toCommand(), ReviewResource.name(security)),
                clock.instant());
    }

    @POST
    @Path("{itemId}/complete")
    @RolesAllowed(Access.EDITORS)
    @Operation(operationId = "completeActionItem", summary = "Mark the action item DONE")
    public ActionItemView complete(@PathParam("id") UUID reviewId, @PathParam("itemId") UUID itemId, SecurityContext security) {
        return ActionItemView.of(items.complete(reviewId, itemId, ReviewResource.name(security)), clock.instant());
    }

    @POST
    @Path("{itemId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.EDITORS)
    @Operation(operationId = "cancelActionItem", summary = "Cancel the action item with a reason")
    public ActionItemView cancel(@PathParam("id") UUID reviewId, @PathParam("itemId") UUID itemId,
                                 @Valid @NotNull Reason reason, SecurityContext security) {
        return ActionItemView.of(items.cancel(reviewId, itemId, reason.reason(), ReviewResource.name(security)), clock.instant());
    }

    @POST
    @Path("{itemId}/defer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.EDITORS)
    @Operation(operationId = "deferActionItem",
            summary = "Defer the open action item with a reason: it stays tracked but no longer blocks closing the review")
    public ActionItemView defer(@PathParam("id") UUID reviewId, @PathParam("itemId") UUID itemId,
                                @Valid @NotNull Reason reason, SecurityContext security) {
        return ActionItemView.of(items.defer(reviewId, itemId, reason.reason(), ReviewResource.name(security)), clock.instant());
    }
}
