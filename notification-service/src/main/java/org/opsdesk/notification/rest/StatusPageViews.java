package org.opsdesk.notification.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.notification.application.StatusPage;
import org.opsdesk.notification.application.TimeText;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.StatusItems;
import org.opsdesk.notification.domain.StatusPagePost;

/** The status page and its feed as their templates read them: times formatted, unknowns spelled out. */
@ApplicationScoped
public class StatusPageViews {

    private static final String UNKNOWN = "Being assessed";

    private final TimeText time;
    private final NotificationConfig config;

    StatusPageViews(TimeText time, NotificationConfig config) {
        this.time = time;
        this.config = config;
    }

    public record PageView(String title, String generatedAt, String generatedAtIso, String dutyManager, String dutyManagerPhone,
                           List<ActiveView> active, List<HistoryView> history, int historyDays, String feedUrl) {
    }

    public record ActiveView(String reference, String title, String status, String nature, String impact, String remediationMetric,
                             String remediationSteps, String estimatedRemediation, String nextUpdate, String nextUpdateIso,
                             String updated, String updatedIso, String services, String declared, boolean disaster) {
    }

    public record HistoryView(String reference, String title, String services, String declared, String resolved, String summary) {
    }

    public record FeedView(String title, String id, String selfUrl, String pageUrl, String updated, List<EntryView> entries) {
    }

    public record EntryView(UUID id, String title, String updated, String text) {
    }

    public String title() {
        return config.statusPage().title();
    }

    PageView page(StatusPage.Snapshot snapshot) {
        Person duty = snapshot.dutyManager();
        return new PageView(title(), time.format(snapshot.generatedAt()), snapshot.generatedAt().toString(),
                duty == null ? null : duty.name(), duty == null ? null : duty.phone(),
                snapshot.active().stream().map(this::active).toList(), snapshot.history().stream().map(this::history).toList(),
                config.statusPage().history().getDays(), "/status/feed.atom");
    }

    FeedView feed(List<StatusPagePost> posts) {
        String updated = (posts.isEmpty() ? Instant.EPOCH : posts.get(0).postedAt()).toString();
        String page = config.statusPage().publicUrl();
        return new FeedView(title(), page, page + "/feed.atom", page, updated,
                posts.stream().map(p -> new EntryView(p.id(), p.headline(), p.postedAt().toString(), p.body())).toList());
    }

    private ActiveView active(StatusPage.Active active) {
        MajorIncidentFacts f = active.facts();
        StatusItems s = f.latestStatus() != null ? f.latestStatus() : new StatusItems(null, null, null, null, null, null, null, null);
        return new ActiveView(f.reference(), f.title(), label(f.status()), or(s.nature(), or(f.impactSummary(), UNKNOWN)),
                or(s.impact(), UNKNOWN), or(s.remediationMetric(), UNKNOWN), or(s.remediationSteps(), "To follow"),
                s.estimatedRemediationAt() == null ? "Not yet estimated" : time.format(s.estimatedRemediationAt()),
                active.nextUpdateAt() == null ? "To be announced" : time.format(active.nextUpdateAt()),
                iso(active.nextUpdateAt()), time.format(active.updatedAt()), iso(active.updatedAt()),
                f.serviceIds().isEmpty() ? UNKNOWN : String.join(", ", f.serviceIds()), time.format(f.declaredAt()),
                Boolean.TRUE.equals(f.disaster()));
    }

    private HistoryView history(MajorIncidentFacts f) {
        return new HistoryView(f.reference(), f.title(), String.join(", ", f.serviceIds()), time.format(f.declaredAt()),
                time.format(f.resolvedAt()), f.resolutionSummary());
    }

    private static String label(String status) {
        return status == null ? "Investigating" : switch (status) {
            case "DECLARED" -> "Investigating";
            case "ACTIVE" -> "Remediation in progress";
            default -> status.charAt(0) + status.substring(1).toLowerCase();
        };
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
