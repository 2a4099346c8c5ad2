package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.opsdesk.review.domain.Deliverable;
import org.opsdesk.review.domain.DeliverableKind;
import org.opsdesk.review.domain.ReportMarkdown;
import org.opsdesk.review.domain.ReportMarkdown.Fact;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.Section;
import org.opsdesk.review.persistence.ActionItemRepository;
import org.opsdesk.review.persistence.IncidentFactRepository;
import org.opsdesk.review.persistence.MajorIncidentFactRepository;
import org.opsdesk.review.persistence.TimelineRepository;

/**
 * The report of a review as Markdown (and HTML from it). A deliverable that was submitted shows the copy frozen at
 * submission, which is what the approver approved and what is distributed; a draft is rendered from the current text.
 */
@ApplicationScoped
public class ReportService {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final ReviewService reviews;
    private final ReviewPlans plans;
    private final MajorIncidentFactRepository majorIncidents;
    private final IncidentFactRepository incidents;
    private final TimelineRepository timeline;
    private final ActionItemRepository actionItems;

    ReportService(ReviewService reviews, ReviewPlans plans, MajorIncidentFactRepository majorIncidents,
                  IncidentFactRepository incidents, TimelineRepository timeline, ActionItemRepository actionItems) {
        this.reviews = reviews;
        this.plans = plans;
        this.majorIncidents = majorIncidents;
        this.incidents = incidents;
        this.timeline = timeline;
        this.actionItems = actionItems;
    }

    /** @param kind null for the whole review (every section) */
    @Transactional
    public String markdown(UUID reviewId, DeliverableKind kind) {
        Review review = reviews.find(reviewId);
        if (kind == null) {
            return ReportMarkdown.render(review, "Review report", Arrays.asList(Section.values()), context(review));
        }
        Deliverable deliverable = review.deliverable(kind);
        return deliverable.reportMarkdown() != null ? deliverable.reportMarkdown() : draft(review, kind);
    }

    public String html(String markdown, String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n" + HTML.render(PARSER.parse(markdown)) + "</body></html>\n";
    }

    String draft(Review review, DeliverableKind kind) {
        return ReportMarkdown.render(review, kind.title(), plans.plan(review.type(), kind).sections(), context(review));
    }

    /** What impacted customers receive: the customer summary alone, no internal section, fact or action item. */
    String customerDraft(Review review, DeliverableKind kind) {
        return ReportMarkdown.render(review, kind.title(), List.of(Section.CUSTOMER_SUMMARY),
                new ReportMarkdown.Context(List.of(), List.of(), List.of(), plans.calendar().zone()));
    }

    private ReportMarkdown.Context context(Review review) {
        ZoneId zone = plans.calendar().zone();
        List<Fact> facts = new ArrayList<>();
        if (review.majorIncidentId() != null) {
            majorIncidents.find(review.majorIncidentId()).ifPresent(mi -> {
                facts.add(new Fact("Major incident", mi.number() + (mi.type() == null ? "" : " (" + mi.type() + ")")));
                facts.add(new Fact("Declared", ReportMarkdown.time(mi.declaredAt(), zone)));
                facts.add(new Fact("Resolved", ReportMarkdown.time(mi.resolvedAt(), zone)));
                if (mi.declaredAt() != null && mi.resolvedAt() != null) {
                    facts.add(new Fact("Duration", duration(Duration.between(mi.declaredAt(), mi.resolvedAt()))));
                }
                facts.add(new Fact("Highest severity", mi.maxSeverity() == null ? null : mi.maxSeverity().toString()));
                facts.add(new Fact("Coordinator", mi.coordinatorName()));
                facts.add(new Fact("Team", String.join("; ", mi.team())));
            });
        }
        List<UUID> incidentIds = review.incidentUuids();
        List<IncidentFactRepository.IncidentFact> known = incidents.findAll(incidentIds);
        facts.add(new Fact("Incidents", String.join(", ", known.stream()
                .map(i -> i.number() + (i.severity() == null ? "" : " (severity " + i.severity() + ")")).toList())));
        facts.add(new Fact("Services", String.join(", ", review.serviceIds())));
        facts.add(new Fact("Owner", review.owner() != null ? review.owner().name() : review.ownerAudience()));
        for (Deliverable d : review.deliverables()) {
            facts.add(new Fact(d.kind().title(), d.status() + (d.dueAt() == null ? ", due once the incident is resolved"
                    : ", due " + ReportMarkdown.time(d.dueAt(), zone))));
        }
        List<ReportMarkdown.TimelineLine> lines = timeline.of(review.majorIncidentId(), incidentIds).stream()
                .map(e -> new ReportMarkdown.TimelineLine(e.at(), e.description())).toList();
        return new ReportMarkdown.Context(facts, lines, actionItems.ofReview(review.id()), zone);
    }

    private static String duration(Duration d) {
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
