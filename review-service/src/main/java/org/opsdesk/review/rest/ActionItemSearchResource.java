package org.opsdesk.review.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;
import org.opsdesk.review.application.ActionItemService;
import org.opsdesk.review.domain.ActionItemStatus;
import org.opsdesk.review.rest.ReviewViews.ActionItemView;

/** Action items across all reviews, to track them to completion (RV-4). */
@Path("/api/v1/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Action items")
public class ActionItemSearchResource {

    private final ActionItemService items;
    private final Clock clock;

    ActionItemSearchResource(ActionItemService items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "searchActionItems",
            summary = "Action items of every review by due date; filter by status, overdue and owner (name or email)")
    public Page<ActionItemView> search(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                       @QueryParam("owner") String owner, @Valid @BeanParam PageRequest page) {
        ActionItemStatus state = Params.optional("status", status, s -> Arrays.stream(ActionItemStatus.values())
                .filter(v -> v.name().equals(s.trim().toUpperCase(Locale.ROOT))).findFirst(), "OPEN, DONE, CANCELLED");
        Instant now = clock.instant();
        return items.search(state, Params.bool("overdue", overdue), owner, page).map(i -> ActionItemView.of(i, now));
    }
}
