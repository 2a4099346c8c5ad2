package org.opsdesk.notification.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.notification.application.StatusPage;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.StatusItems;

/** The public status page (CO-2): no login, HTML for people, JSON for programs, Atom for feed readers. */
@Path("/")
@Tag(name = "Status page", description = "Public: open major incidents, the duty manager and 90 days of history")
public class StatusPageResource {

    private final StatusPage statusPage;
    private final StatusPageViews views;

    StatusPageResource(StatusPage statusPage, StatusPageViews views) {
        this.statusPage = statusPage;
        this.views = views;
    }

    @CheckedTemplate(basePath = "status")
    static class Templates {
        static native TemplateInstance page(StatusPageViews.PageView page);

        static native TemplateInstance feed(StatusPageViews.FeedView feed);
    }

    public record StatusJson(String title, Instant generatedAt, List<ActiveIncident> activeIncidents, DutyManager dutyManager,
                             List<HistoryEntry> history) {
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
    @Path("status")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The status page for people")
    public String page() {
        return Templates.page(views.page(statusPage.snapshot())).render();
    }

    @GET
    @Path("status.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The status page as JSON")
    public StatusJson json() {
        StatusPage.Snapshot snapshot = statusPage.snapshot();
        return new StatusJson(views.title(), snapshot.generatedAt(), snapshot.active().stream().map(ActiveIncident::of).toList(),
                DutyManager.of(snapshot.dutyManager()), snapshot.history().stream().map(HistoryEntry::of).toList());
    }

    @GET
    @Path("status/feed.atom")
    @Produces("application/atom+xml")
    @Operation(summary = "Every status page update of the last 90 days as an Atom feed")
    public String feed() {
        return Templates.feed(views.feed(statusPage.feed())).render();
    }
}
