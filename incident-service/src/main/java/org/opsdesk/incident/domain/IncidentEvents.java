package org.opsdesk.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.domain.alert.MonitoredAlert;
import org.opsdesk.incident.domain.problem.ProblemReason;

/**
 * The data of the events on incident.events.v1 (docs/events/README.md): every incident event carries the
 * {@link Snapshot}, merged flat with the fields of its {@link Event}, whose record names its type.
 */
public final class IncidentEvents {

    public static final String CREATED = "incident.created";
    public static final String UPDATED = "incident.updated";
    public static final String ASSIGNED = "incident.assigned";
    public static final String ACKNOWLEDGED = "incident.acknowledged";
    public static final String RETURNED = "incident.returned";
    public static final String ESCALATED = "incident.escalated";
    public static final String HELD = "incident.held";
    public static final String RESUMED = "incident.resumed";
    public static final String SLA_WARNING = "incident.sla-warning";
    public static final String SLA_BREACHED = "incident.sla-breached";
    public static final String REFERRED = "incident.referred";
    public static final String RESOLVED = "incident.resolved";
    public static final String REOPENED = "incident.reopened";
    public static final String CLOSED = "incident.closed";
    public static final String LINKED = "incident.linked";
    public static final String DUPLICATE_REPORTED = "incident.duplicate-reported";
    public static final String MAJOR_INCIDENT_LINKED = "incident.major-incident-linked";
    public static final String ALERT_RECEIVED = "incident.alert-received";
    public static final String PROBLEM_OPENED = "incident.problem-opened";
    public static final String ACKNOWLEDGEMENT_OVERDUE = "incident.acknowledgement-overdue";

    private IncidentEvents() {
    }

    /** The fields one type adds to the snapshot; the record decides the type, so the two cannot disagree. */
    public sealed interface Event {
        String type();
    }

    /** What every incident.* event carries, so consumers never call back. */
    public record Snapshot(UUID incidentId, String number, IncidentStatus status, Source source, String summary,
                           int severity, Urgency urgency, Priority priority, String category, List<String> serviceIds,
                           boolean significantService, String customerOrg, Contact reporter, String assignedTeam,
                           String assignee, Instant createdAt, Instant alertStartsAt, String alertGroup,
                           Integer requestedSeverity, UUID majorIncidentId) {

        public static Snapshot of(Incident i) {
            // An incident opened by an alert was received at the alert's startsAt (AlertMapping): the outage's start (MI-10).
            return new Snapshot(i.id(), i.number(), i.status(), i.source(), i.summary(), i.severity(), i.urgency(),
                    i.priority(), i.category(), i.serviceIds(), i.significantService(), i.customerOrg(),
                    i.reporter() == null ? new Contact(null, null, null) : i.reporter(), i.assignedTeam(), i.assignee(),
                    i.receivedAt(), i.openedByAlert() ? i.receivedAt() : null, i.alertGroup(), i.requestedSeverity(),
                    i.majorIncidentId());
        }
    }

    public record Created(List<UUID> possibleDuplicateIds, UUID followUpOf) implements Event {
        public String type() { return CREATED; }
    }

    public record Updated(List<FieldChange> changes, Instant at, String by) implements Event {
        public String type() { return UPDATED; }
    }

    public record Assigned(Instant at, String by, String reason) implements Event {
        public String type() { return ASSIGNED; }
    }

    public record Acknowledged(Instant at, String by, String reason) implements Event {
        public String type() { return ACKNOWLEDGED; }
    }

    public record Returned(Instant at, String by, String reason) implements Event {
        public String type() { return RETURNED; }
    }

    public record Held(Instant at, String by, String reason) implements Event {
        public String type() { return HELD; }
    }

    public record Resumed(Instant at, String by, String reason) implements Event {
        public String type() { return RESUMED; }
    }

    public record Escalated(Instant at, String by, String reason, EscalationType escalationType, String fromTeam,
                            String toTeam, int managementLevel, Contact manager) implements Event {
        public String type() { return ESCALATED; }
    }

    public record HelpDeskContact(String name, String phone, String email, String url) {
    }

    public record Referred(Instant at, String by, String reason, HelpDeskContact helpDesk, Instant resolvedAt,
                           Instant disputeDeadline) implements Event {
        public String type() { return REFERRED; }
    }

    public record Resolved(ResolutionType resolutionType, String resolution, Instant resolvedAt, Instant disputeDeadline,
                           boolean customerConfirmed, ContactMethod confirmationMethod,
                           UnconfirmedReason unconfirmedReason, Instant at, String by) implements Event {
        public String type() { return RESOLVED; }
    }

    public record Reopened(Instant at, String by, String reason, int reopenCount) implements Event {
        public String type() { return REOPENED; }
    }

    public record Closed(Instant at, String by, String reason, Instant closedAt, String closedBy, String closeReason)
            implements Event {
        public String type() { return CLOSED; }
    }

    public record SlaWarning(SlaTarget target, Instant dueAt, Instant at) implements Event {
        public String type() { return SLA_WARNING; }
    }

    public record SlaBreached(SlaTarget target, Instant dueAt, Instant at) implements Event {
        public String type() { return SLA_BREACHED; }
    }

    public record Linked(LinkType linkType, UUID targetIncidentId, String targetNumber, Instant at, String by)
            implements Event {
        public String type() { return LINKED; }
    }

    public record DuplicateReported(UUID duplicateIncidentId, String duplicateNumber, Contact duplicateReporter,
                                    Instant at, String by) implements Event {
        public String type() { return DUPLICATE_REPORTED; }
    }

    public record MajorIncidentLinked(Instant at) implements Event {
        public String type() { return MAJOR_INCIDENT_LINKED; }
    }

    public record AlertData(String source, String dedupKey, String status, int occurrences, Instant firstSeenAt,
                            Instant lastSeenAt, Instant resolvedAt) {
        public static AlertData of(MonitoredAlert alert) {
            return new AlertData(alert.source().name(), alert.dedupKey(), alert.status().name(), alert.occurrences(),
                    alert.firstSeenAt(), alert.lastSeenAt(), alert.resolvedAt());
        }
    }

    public record AlertReceived(AlertData alert, int repeatCount, Instant at) implements Event {
        public String type() { return ALERT_RECEIVED; }
    }

    public record ProblemOpened(UUID problemId, String problemNumber, ProblemReason reason, boolean newProblem)
            implements Event {
        public String type() { return PROBLEM_OPENED; }
    }

    public record AcknowledgementOverdue(AcknowledgementWatch.Level level, int reminder, Instant dueAt, Instant at)
            implements Event {
        public String type() { return ACKNOWLEDGEMENT_OVERDUE; }
    }
}
