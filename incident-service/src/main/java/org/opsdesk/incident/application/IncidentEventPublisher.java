package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opsdesk.incident.domain.Contact;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.platform.events.Outbox;

/**
 * Writes incident.* events to the outbox. Every event carries the incident's flat snapshot
 * (docs/events/README.md) plus the fields of its type.
 */
@ApplicationScoped
public class IncidentEventPublisher {

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

    private final Outbox outbox;
    private final AcknowledgementPolicy acknowledgements;
    private final Clock clock;

    IncidentEventPublisher(Outbox outbox, AcknowledgementPolicy acknowledgements, Clock clock) {
        this.outbox = outbox;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
    }

    /** @param extras field, value, field, value … (values may be null) */
    public void publish(Incident incident, String type, Object... extras) {
        Instant now = clock.instant();
        boolean created = type.equals(CREATED);
        if (!created) {
            incident.touched(now); // every change an event announces moves the incident in the change feed; log() set the first
        }
        Map<String, Object> data = snapshot(incident);
        for (int i = 0; i < extras.length; i += 2) {
            data.put((String) extras[i], extras[i + 1]);
        }
        outbox.append(incident.id().toString(), type, data);
        if (created) {
            acknowledgements.start(incident, now);
        } else {
            acknowledgements.follow(incident, now);
        }
    }

    static Map<String, Object> snapshot(Incident i) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentId", i.id());
        data.put("number", i.number());
        data.put("status", i.status().name());
        data.put("source", i.source().name());
        data.put("summary", i.summary());
        data.put("severity", i.severity());
        data.put("urgency", i.urgency().name());
        data.put("priority", i.priority().name());
        data.put("category", i.category());
        data.put("serviceIds", i.serviceIds());
        data.put("significantService", i.significantService());
        data.put("customerOrg", i.customerOrg());
        Contact reporter = i.reporter() == null ? new Contact(null, null, null) : i.reporter();
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", reporter.name());
        contact.put("email", reporter.email());
        contact.put("phone", reporter.phone());
        data.put("reporter", contact);
        data.put("assignedTeam", i.assignedTeam());
        data.put("assignee", i.assignee());
        data.put("createdAt", i.receivedAt());
        // An incident opened by an alert was received at the alert's startsAt (AlertMapping): the outage's start (MI-10).
        data.put("alertStartsAt", i.openedByAlert() ? i.receivedAt() : null);
        data.put("alertGroup", i.alertGroup());
        data.put("requestedSeverity", i.requestedSeverity());
        data.put("majorIncidentId", i.majorIncidentId());
        return data;
    }
}
