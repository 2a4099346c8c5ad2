package org.opsdesk.review.application;

import org.opsdesk.review.domain.IncidentFacts;
import org.opsdesk.review.domain.MajorIncidentFacts;

/** One readable line per event for the review's timeline. */
final class TimelineText {

    private TimelineText() {
    }

    static String ofIncident(String type, IncidentFacts s) {
        String who = s.number() != null ? s.number() : "Incident " + s.incidentId();
        return switch (type) {
            case "incident.created" -> who + " logged (severity " + s.severity() + (s.priority() == null ? "" : ", " + s.priority())
                    + "): " + nullToEmpty(s.summary());
            case "incident.sla-warning" -> who + ": " + s.target() + " SLA target approaching";
            case "incident.sla-breached" -> who + ": " + s.target() + " SLA target breached";
            case "incident.major-incident-linked" -> who + " linked to the major incident";
            default -> who + " " + verb(type, "incident.");
        };
    }

    static String ofMajorIncident(String type, MajorIncidentFacts s) {
        String who = s.number() != null ? s.number() : "Major incident";
        String line = switch (type) {
            case "major-incident.declared" -> who + " declared" + (s.declaredBy() == null ? "" : " by " + s.declaredBy())
                    + ": " + nullToEmpty(s.title());
            case "major-incident.resolved" -> who + " resolved" + (s.resolutionSummary() == null ? "" : ": " + s.resolutionSummary());
            case "major-incident.status-update-published" -> who + ": status update published"
                    + (s.statusUpdate() == null || s.statusUpdate().nature() == null ? "" : ": " + s.statusUpdate().nature());
            case "major-incident.coordinator-assigned" -> who + ": coordinator assigned"
                    + (s.coordinator() == null ? "" : ": " + s.coordinator().name());
            case "major-incident.incident-linked" -> who + ": incident " + s.incidentId() + " linked";
            default -> who + " " + verb(type, "major-incident.");
        };
        return s.reason() == null || type.equals("major-incident.declared") ? line : line + " (" + s.reason() + ")";
    }

    private static String verb(String type, String prefix) {
        return type.startsWith(prefix) ? type.substring(prefix.length()).replace('-', ' ') : type;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
