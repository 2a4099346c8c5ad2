package org.opsdesk.notification.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.notification.application.StatusPage;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.StatusItems;

/**
 * The public status page (CO-2): no login, HTML for people, JSON for programs, Atom for feed readers; served from
 * memory (StatusPageCache) with ETag, Last-Modified and Cache-Control, and 304 to a conditional request.
 */
@Path("/")
@PermitAll
@Tag(name = "Status page", description = "Public: open major incidents, the duty manager and 90 days of history")
public class StatusPageResource {

    private final StatusPageCache cache;
    private final CacheControl cacheControl = new CacheControl();

    StatusPageResource(StatusPageCache cache, NotificationConfig config) {
        this.cache = cache;
        cacheControl.setMaxAge((int) Math.max(1, config.statusPage().refreshEvery().toSeconds()));
        cacheControl.setNoTransform(false);
        cacheControl.getCacheExtension().put("public", null);
    }

    @CheckedTemplate(basePath = "status")
    static class Templates {
        static native TemplateInstance page(StatusPageViews.PageView page);

        static native TemplateInstance feed(StatusPageViews.FeedView feed);
    }

    public record StatusJson(String title, Instant generatedAt, List<ActiveIncident> activeIncidents, DutyManager dutyManager,
                             List<HistoryEntry> history) {
        static StatusJson of(String title, StatusPage.Snapshot snapshot) {
            return new StatusJson(title, snapshot.generatedAt(), snapshot.active().stream().map(ActiveIncident::of).toList(),
                    DutyManager.of(snapshot.dutyManager()), snapshot.history().stream().map(HistoryEntry::of).toList());
        }
    }

    public record ActiveIncident(UUID majorIncidentId, String number, String title, String type, String status, String nature,
                                 String impact, String remediationMetric, String remediationSteps, Instant estimatedRemediationAt,
                                 Instant nextUpdateAt, Instant updatedAt, List<String> serviceIds, Instant declaredAt) {
        static ActiveIncident of(StatusPage.Active active) {
            MajorIncidentFacts f = active.facts();
            StatusItems s = f.latestStatus() != null ? f.latestStatus() : new StatusItems(null, null, null, null, null, null, null, null);
            return new ActiveIncident(f.majorIncidentId(), f.number(), f.title(), f.type(), f.status(), s.nature(), s.impact(),
                    s.remediationMetric(), s.remediationSteps(), s.estimatedRemediationAt(), active.nextUpdateAt(), active.updatedAt(),
                    f.serviceIds(), f.declaredAt());
        }
    }

    public record DutyManager(String name, String phone) {
        static DutyManager of(Person person) {
            return person == null ? null : new DutyManager(person.name(), person.phone());
        }
    }

    public record HistoryEntry(UUID majorIncidentId, String number, String title, List<String> serviceIds, Instant declaredAt,
                               Instant resolvedAt, String resolutionSummary) {
        static HistoryEntry of(MajorIncidentFacts f) {
            return new HistoryEntry(f.majorIncidentId(), f.number(), f.title(), f.serviceIds(), f.declaredAt(), f.resolvedAt(),
                    f.resolutionSummary());
        }
    }

    @GET
    @PermitAll
    @Path("status")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getStatusPage", summary = "The status page for people")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match or If-Modified-Since of the request")
    public Response page(@Context Request request) {
        return cached(request, cache.html());
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "redirectToStatusPage", summary = "The status page for people at the root of the status host")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match or If-Modified-Since of the request")
    public Response root(@Context Request request) {
        return cached(request, cache.html());
    }

    @GET
    @PermitAll
    @Path("status.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStatusJson", summary = "The status page as JSON")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusJson.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match or If-Modified-Since of the request")
    public Response json(@Context Request request) {
        return cached(request, cache.json());
    }

    @GET
    @PermitAll
    @Path("status/feed.atom")
    @Produces("application/atom+xml")
    @Operation(operationId = "getStatusFeed", summary = "Every status page update of the last 90 days as an Atom feed")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = "application/atom+xml",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match or If-Modified-Since of the request")
    public Response feed(@Context Request request) {
        return cached(request, cache.atom());
    }

    /** The representation from memory with its validators, or 304 when the client's copy is current. */
    private Response cached(Request request, StatusPageCache.Representation page) {
        EntityTag tag = EntityTag.valueOf(page.etag());
        Date modified = Date.from(page.lastModified());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        return (notModified != null ? notModified : Response.ok(page.body())).tag(tag).lastModified(modified).cacheControl(cacheControl).build();
    }
}
