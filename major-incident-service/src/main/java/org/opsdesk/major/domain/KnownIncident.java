package org.opsdesk.major.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.platform.text.Text;

/** What this service learned about an incident from incident.events.v1 (the latest snapshot it saw). */
@Entity
public class KnownIncident {

    public static final String ON_HOLD = "ON_HOLD";

    @Id
    private UUID incidentId;
    private String number;
    private String summary;
    private String status;
    private int severity;
    private boolean significantService;
    private String customerOrg;
    private String assignedTeam;
    private String source;
    private String alertGroup;
    private Integer requestedSeverity;
    private Instant createdAt;
    private Instant outageStartedAt;
    @Enumerated(EnumType.STRING)
    private OutageStart outageStart;
    private boolean open;
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "known_incident_service", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "service_id")
    private Set<String> serviceIds = new LinkedHashSet<>();

    protected KnownIncident() {
    }

    /** The fields of an incident.* event's snapshot this service uses. */
    public record Snapshot(UUID incidentId, String number, String status, String summary, int severity,
                           List<String> serviceIds, boolean significantService, String customerOrg, String assignedTeam,
                           Instant createdAt, Instant alertStartsAt, String source, String alertGroup,
                           Integer requestedSeverity) {
    }

    public static KnownIncident learn(Snapshot snapshot, boolean open, Instant now) {
        KnownIncident incident = new KnownIncident();
        incident.incidentId = snapshot.incidentId();
        incident.update(snapshot, open, now);
        return incident;
    }

    public void update(Snapshot snapshot, boolean isOpen, Instant now) {
        number = snapshot.number();
        summary = Text.clip(snapshot.summary(), 500);
        status = snapshot.status();
        severity = snapshot.severity();
        significantService = snapshot.significantService();
        customerOrg = snapshot.customerOrg();
        assignedTeam = snapshot.assignedTeam();
        source = snapshot.source();
        alertGroup = snapshot.alertGroup();
        requestedSeverity = snapshot.requestedSeverity();
        createdAt = snapshot.createdAt();
        outageStart = snapshot.alertStartsAt() != null ? OutageStart.ALERT_STARTS_AT : OutageStart.RECEIVED_AT;
        outageStartedAt = snapshot.alertStartsAt() != null ? snapshot.alertStartsAt() : snapshot.createdAt();
        serviceIds.clear();
        serviceIds.addAll(snapshot.serviceIds());
        open = isOpen;
        updatedAt = now;
    }

    /** "INC-0001234: summary", short enough for a title. */
    public String headline() {
        return Text.clip(summary == null ? number : number + ": " + summary, 200);
    }

    /**
     * MI-10 (002 §VI.A: an outage "for two hours or longer"): down for {@code threshold} or longer since the outage
     * began, on a significant service at severity {@code maxSeverity} or worse. An incident ON_HOLD waits on someone
     * outside the service desk and is not counted as an outage in progress.
     */
    public boolean isLongOutage(Instant now, Duration threshold, int maxSeverity) {
        return open && !ON_HOLD.equals(status) && significantService && severity <= maxSeverity
                && !outageStartedAt.plus(threshold).isAfter(now);
    }

    /** "since 2026-11-23T14:04:30Z (the alert's startsAt)": when the outage began and how that is known. */
    public String outageSince() {
        return "since " + outageStartedAt + (outageStart == OutageStart.ALERT_STARTS_AT ? " (the alert's startsAt)" : " (received)");
    }

    public UUID incidentId() { return incidentId; }
    public String number() { return number; }
    public String summary() { return summary; }
    public String status() { return status; }
    public int severity() { return severity; }
    public boolean significantService() { return significantService; }
    public String customerOrg() { return customerOrg; }
    public String assignedTeam() { return assignedTeam; }
    public Instant createdAt() { return createdAt; }
    public String source() { return source; }
    /** The alert group of the alert that opened it (incident-service's {@code alertGroup}); null otherwise. */
    public String alertGroup() { return alertGroup; }
    /** Its severity is a customer's request the desk has not confirmed yet (004 §3.3). */
    public boolean customerRequested() { return requestedSeverity != null; }
    /** It names services and none of them is significant. */
    public boolean onInsignificantServicesOnly() { return !significantService && !serviceIds.isEmpty(); }
    public Instant outageStartedAt() { return outageStartedAt; }
    public OutageStart outageStart() { return outageStart; }
    public boolean open() { return open; }
    public List<String> serviceIds() { return serviceIds.stream().sorted().toList(); }
}
