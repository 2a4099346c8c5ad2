package org.opsdesk.notification.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.opsdesk.notification.application.StatusPage;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.StatusPagePost;
import org.opsdesk.platform.hash.Sha256;

/**
 * The public status page held in memory, so that any number of readers costs the database nothing: rebuilt every
 * {@code opsdesk.notification.status-page.refresh-every} (2 s); its ETag and Last-Modified change only when what it shows
 * changes (the "generated" time is the time of that change).
 */
@ApplicationScoped
public class StatusPageCache {

    /** One rendered representation with its validators. */
    public record Representation(String body, String etag, Instant lastModified) {
        Representation(String body, Instant lastModified) {
            this(body, '"' + Sha256.hex(body) + '"', lastModified.truncatedTo(ChronoUnit.SECONDS));
        }
    }

    private record Pages(Instant builtAt, Instant changedAt, Representation html, Representation json, Representation atom) {
        boolean sameAs(Pages other) {
            return html.body().equals(other.html.body()) && json.body().equals(other.json.body()) && atom.body().equals(other.atom.body());
        }
    }

    private final StatusPage statusPage;
    private final StatusPageViews views;
    private final ObjectMapper json;
    private final NotificationConfig config;
    private final Clock clock;
    private volatile Pages pages;

    StatusPageCache(StatusPage statusPage, StatusPageViews views, ObjectMapper json, NotificationConfig config, Clock clock) {
        this.statusPage = statusPage;
        this.views = views;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    Representation html() {
        return current().html();
    }

    Representation json() {
        return current().json();
    }

    Representation atom() {
        return current().atom();
    }

    /** Rebuilt on the schedule (CommunicationJobs) so that readers find it fresh. */
    public void refresh() {
        rebuild();
    }

    private Pages current() {
        Pages now = pages;
        if (now == null || stale(now.builtAt(), clock.instant())) {
            now = rebuild();
        }
        return now;
    }

    /** Older than max-age, or built "later" than now (a clock set back, as tests do). */
    private boolean stale(Instant builtAt, Instant now) {
        return now.isBefore(builtAt) || !now.isBefore(builtAt.plus(config.statusPage().maxAge()));
    }

    private synchronized Pages rebuild() {
        Instant now = clock.instant();
        StatusPage.Snapshot snapshot = statusPage.snapshot();
        List<StatusPagePost> feed = statusPage.feed();
        Pages before = pages;
        if (before != null) {
            Pages unchanged = render(snapshot, feed, before.changedAt(), now);
            if (unchanged.sameAs(before)) {
                pages = new Pages(now, before.changedAt(), before.html(), before.json(), before.atom());
                return pages;
            }
        }
        pages = render(snapshot, feed, now, now);
        return pages;
    }

    private Pages render(StatusPage.Snapshot snapshot, List<StatusPagePost> feed, Instant changedAt, Instant builtAt) {
        StatusPage.Snapshot asOf = new StatusPage.Snapshot(changedAt, snapshot.active(), snapshot.history(), snapshot.dutyManager());
        return new Pages(builtAt, changedAt,
                new Representation(StatusPageResource.Templates.page(views.page(asOf)).render(), changedAt),
                new Representation(write(StatusPageResource.StatusJson.of(views.title(), asOf)), changedAt),
                new Representation(StatusPageResource.Templates.feed(views.feed(feed)).render(), changedAt));
    }

    private String write(StatusPageResource.StatusJson page) {
        try {
            return json.writeValueAsString(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the status page cannot be written as JSON", e);
        }
    }
}
