package org.opsdesk.review.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Renders a review as a Markdown report: heading, key facts, the chosen sections, the timeline and the action items. */
public final class ReportMarkdown {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

    public record Fact(String label, String value) {
    }

    public record TimelineLine(Instant at, String description) {
    }

    /** What the report shows beyond the review itself; times are written in {@code zone}. */
    public record Context(List<Fact> facts, List<TimelineLine> timeline, List<ActionItem> actionItems, ZoneId zone) {
    }

    private ReportMarkdown() {
    }

    public static String render(Review review, String subtitle, List<Section> sections, Context context) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(review.title())).append("\n\n");
        md.append("**").append(subtitle).append("** (").append(review.type()).append(", version ")
                .append(review.versionNumber()).append(")\n\n");
        for (Fact fact : context.facts()) {
            if (fact.value() != null && !fact.value().isBlank()) {
                md.append("- **").append(fact.label()).append(":** ").append(oneLine(fact.value())).append('\n');
            }
        }
        for (Section section : sections) {
            md.append("\n## ").append(section.title()).append("\n\n");
            if (section == Section.TIMELINE) {
                appendTimeline(md, context);
            }
            String text = review.sections().get(section);
            if (text != null) {
                md.append(text.strip()).append('\n');
            } else if (section != Section.TIMELINE || context.timeline().isEmpty()) {
                md.append("_Not written yet._\n");
            }
        }
        if (sections.contains(Section.PREVENTIVE_ACTIONS) || sections.contains(Section.AREAS_FOR_IMPROVEMENT)) {
            appendActionItems(md, context);
        }
        return md.toString();
    }

    private static void appendTimeline(StringBuilder md, Context context) {
        for (TimelineLine line : context.timeline()) {
            md.append("- ").append(time(line.at(), context.zone())).append(" — ").append(oneLine(line.description())).append('\n');
        }
        if (!context.timeline().isEmpty()) {
            md.append('\n');
        }
    }

    private static void appendActionItems(StringBuilder md, Context context) {
        md.append("\n## Action items\n\n");
        if (context.actionItems().isEmpty()) {
            md.append("_None recorded._\n");
        }
        for (ActionItem item : context.actionItems()) {
            md.append("- [").append(item.status() == ActionItemStatus.DONE ? 'x' : ' ').append("] ")
                    .append(oneLine(item.title())).append(" — ").append(oneLine(item.owner().name()))
                    .append(", due ").append(item.dueDate()).append(" (").append(item.status());
            if (item.deferralReason() != null && item.status() == ActionItemStatus.OPEN) {
                md.append(", deferred: ").append(oneLine(item.deferralReason()));
            }
            md.append(')');
            ActionItem.Ticket ticket = item.ticket();
            if (ticket != null) {
                String key = ticket.key() != null ? ticket.key() : "ticket";
                md.append(ticket.url() != null ? " [" + oneLine(key) + "](" + ticket.url() + ")" : " " + oneLine(key));
            }
            md.append('\n');
        }
    }

    public static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
