package org.opsdesk.review.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.time.BusinessCalendar;
import org.opsdesk.review.application.ClosureDayService;
import org.opsdesk.review.domain.ClosureDay;

/** Days the organisation is closed beyond weekends and public holidays; they shift business-day deadlines (RV-5). */
@Path("/api/v1/closure-days")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Business calendar")
public class ClosureDayResource {

    private final ClosureDayService closures;
    private final BusinessCalendar calendar;
    private final Clock clock;

    ClosureDayResource(ClosureDayService closures, BusinessCalendar calendar, Clock clock) {
        this.closures = closures;
        this.calendar = calendar;
        this.clock = clock;
    }

    public record NewClosureDay(@NotNull LocalDate date, @NotBlank @Size(max = 300) String reason) {
    }

    public record ClosureDayView(LocalDate date, String reason, String createdBy, Instant createdAt) {
        static ClosureDayView of(ClosureDay c) {
            return new ClosureDayView(c.day(), c.reason(), c.createdBy(), c.createdAt());
        }
    }

    @GET
    @RolesAllowed(Access.READERS)
    @Operation(operationId = "listClosureDays",
            summary = "Closure days between from and to (dates, inclusive; default: this year)")
    public List<ClosureDayView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = calendar.dateOf(clock.instant());
        LocalDate first = date("from", from, today.withDayOfYear(1));
        LocalDate last = date("to", to, first.plusYears(1).minusDays(1));
        return closures.list(first, last).stream().map(ClosureDayView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.CALENDAR_ADMINS)
    @Operation(operationId = "addClosureDay", summary = "Add a closure day; open deadlines it falls within move")
    @APIResponse(responseCode = "201", description = "Closure day created",
            headers = @Header(name = "Location", description = "the new closure day",
                                 schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ClosureDayView.class)))
    public Response add(@Valid @NotNull NewClosureDay request, SecurityContext security, UriInfo uri) {
        ClosureDay closure = closures.add(request.date(), request.reason(), ReviewResource.name(security));
        return Response.created(uri.getAbsolutePathBuilder().path(closure.day().toString()).build())
                .entity(ClosureDayView.of(closure)).build();
    }

    @DELETE
    @Path("{date}")
    @RolesAllowed(Access.CALENDAR_ADMINS)
    @Operation(operationId = "removeClosureDay", summary = "Remove a closure day; open deadlines it fell within move back")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response remove(@PathParam("date") String date, SecurityContext security) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ResourceNotFoundException("closure day", date);
        }
        closures.remove(day, ReviewResource.name(security));
        return Response.noContent().build();
    }

    private static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "not an ISO-8601 date");
        }
    }
}
