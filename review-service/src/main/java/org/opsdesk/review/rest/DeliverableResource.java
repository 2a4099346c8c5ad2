package org.opsdesk.review.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.review.application.DeliverableService;
import org.opsdesk.review.application.ReviewService.ReviewDetails;
import org.opsdesk.review.domain.DeliverableKind;
import org.opsdesk.review.rest.ReviewViews.ReviewView;

/** The lifecycle of a deliverable: DRAFT → SUBMITTED → APPROVED → DISTRIBUTED, rejected back to DRAFT (RV-3). */
@Path("/api/v1/reviews/{id}/deliverables/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reviews")
public class DeliverableResource {

    private final DeliverableService deliverables;
    private final Clock clock;

    DeliverableResource(DeliverableService deliverables, Clock clock) {
        this.deliverables = deliverables;
        this.clock = clock;
    }

    public record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @Path("submit")
    @RolesAllowed(Access.EDITORS)
    @Operation(operationId = "submitDeliverable",
            summary = "Submit the deliverable for approval; its report is frozen at the current version")
    public ReviewView submit(@PathParam("id") UUID id, @PathParam("kind") String kind, SecurityContext security) {
        return view(deliverables.submit(id, kind(kind), ReviewResource.name(security)));
    }

    @POST
    @Path("approve")
    @RolesAllowed(Access.APPROVERS)
    @Operation(operationId = "approveDeliverable", summary = "Approve the submitted deliverable (CIO only)")
    public ReviewView approve(@PathParam("id") UUID id, @PathParam("kind") String kind, SecurityContext security) {
        return view(deliverables.approve(id, kind(kind), ReviewResource.name(security)));
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.APPROVERS)
    @Operation(operationId = "rejectDeliverable",
            summary = "Send the submitted deliverable back to DRAFT with a reason (CIO only)")
    public ReviewView reject(@PathParam("id") UUID id, @PathParam("kind") String kind,
                             @Valid @NotNull Rejection rejection, SecurityContext security) {
        return view(deliverables.reject(id, kind(kind), rejection.reason(), ReviewResource.name(security)));
    }

    @POST
    @Path("distribute")
    @RolesAllowed(Access.DISTRIBUTORS)
    @Operation(operationId = "distributeDeliverable",
            summary = "Distribute the approved deliverable: review.distributed carries the recipients and the report")
    public ReviewView distribute(@PathParam("id") UUID id, @PathParam("kind") String kind, SecurityContext security) {
        return view(deliverables.distribute(id, kind(kind), ReviewResource.name(security)));
    }

    private ReviewView view(ReviewDetails details) {
        return ReviewView.of(details, clock.instant());
    }

    private static DeliverableKind kind(String kind) {
        return Params.path("deliverable kind", kind, DeliverableKind::parse);
    }
}
