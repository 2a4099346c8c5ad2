package org.opsdesk.review.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.platform.rest.QueryValues;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;
import org.opsdesk.platform.time.BusinessCalendar;
import org.opsdesk.review.application.ReviewService;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.domain.ReviewFilter;
import org.opsdesk.review.domain.ReviewStatus;
import org.opsdesk.review.domain.ReviewType;
import org.opsdesk.review.domain.Section;
import org.opsdesk.review.rest.ReviewViews.ReviewView;
import org.opsdesk.review.rest.ReviewViews.VersionView;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reviews", description = "After Action Reviews and post-incident reviews")
public class ReviewResource {

    private final ReviewService reviews;
    private final BusinessCalendar calendar;
    private final Clock clock;

    ReviewResource(ReviewService reviews, BusinessCalendar calendar, Clock clock) {
        this.reviews = reviews;
        this.calendar = calendar;
        this.clock = clock;
    }

    public record SectionEdit(@NotNull @Size(max = 50_000) String content) {
    }

    public record OwnerChange(@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) String email) {
    }

    public record Closing(@Size(max = 2000) String note) {
    }

    public record TimelineEntryView(Instant at, String type, String description) {
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listReviews",
            summary = "List reviews, newest first; from/to bound the opening time (ISO instant or date)")
    public Page<ReviewView> list(@QueryParam("majorIncidentId") String majorIncidentId,
                                 @QueryParam("incidentId") String incidentId, @QueryParam("type") String type,
                                 @QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @Valid @BeanParam PageRequest page) {
        var filter = new ReviewFilter(QueryValues.uuid("majorIncidentId", majorIncidentId),
                QueryValues.uuid("incidentId", incidentId),
                Params.optional("type", type, t -> parse(ReviewType.class, t), "AAR, PIR"),
                Params.optional("status", status, s -> parse(ReviewStatus.class, s), "OPEN, CLOSED"),
                Params.bool("overdue", overdue),
                Params.instant("from", from, calendar.zone()), Params.instant("to", to, calendar.zone()));
        Instant now = clock.instant();
        return reviews.list(filter, page).map(d -> ReviewView.of(d, now));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "getReview",
            summary = "A review with its sections, deliverables and action items; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The review; its ETag is its version, for If-Match",
            headers = @Header(name = "ETag", description = "the version, quoted",
                                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withTag(reviews.get(id));
    }

    @PUT
    @Path("{id}/sections/{section}")
    @RolesAllowed(Access.EDITORS)
    @Operation(operationId = "editReviewSection",
            summary = "Write one section (Markdown); If-Match with the version refuses a stale edit (412)")
    @APIResponse(responseCode = "200", description = "The review; its ETag is its version, for If-Match",
            headers = @Header(name = "ETag", description = "the version, quoted",
                                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public Response editSection(@PathParam("id") UUID id, @PathParam("section") String section,
                                @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SectionEdit edit,
                                SecurityContext security) {
        Section key = Params.path("section", section, Section::parse);
        return withTag(reviews.editSection(id, key, edit.content(), Params.ifMatch(ifMatch), name(security)));
    }

    @PUT
    @Path("{id}/owner")
    @RolesAllowed(Access.EDITORS)
    @Operation(operationId = "assignReviewOwner", summary = "Name the owner, who is reminded of the deadlines")
    @APIResponse(responseCode = "200", description = "The review; its ETag is its version, for If-Match",
            headers = @Header(name = "ETag", description = "the version, quoted",
                                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public Response assignOwner(@PathParam("id") UUID id, @Valid @NotNull OwnerChange owner, SecurityContext security) {
        return withTag(reviews.assignOwner(id, new Person(owner.name(), owner.email()), name(security)));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Access.EDITORS)
    @Operation(operationId = "closeReview",
            summary = "Close a review whose deliverables are distributed and whose action items are done, cancelled or deferred")
    @APIResponse(responseCode = "200", description = "The review; its ETag is its version, for If-Match",
            headers = @Header(name = "ETag", description = "the version, quoted",
                                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public Response close(@PathParam("id") UUID id, @Valid Closing closing, SecurityContext security) {
        return withTag(reviews.close(id, closing == null ? null : closing.note(), name(security)));
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listReviewVersions",
            summary = "The change history: number, author, date and what changed, newest first")
    public Page<VersionView> versions(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return reviews.versions(id, page).map(VersionView::of);
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "getReviewTimeline",
            summary = "The timeline built from the major-incident and incident events received")
    public List<TimelineEntryView> timeline(@PathParam("id") UUID id) {
        return reviews.timeline(id).stream().map(e -> new TimelineEntryView(e.at(), e.type(), e.description())).toList();
    }

    private Response withTag(ReviewService.ReviewDetails details) {
        return Response.ok(ReviewView.of(details, clock.instant()))
                .tag(new EntityTag(String.valueOf(details.review().versionNumber()))).build();
    }

    static String name(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
