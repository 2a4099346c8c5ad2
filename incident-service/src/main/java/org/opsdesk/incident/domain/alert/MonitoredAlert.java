package org.opsdesk.incident.domain.alert;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An alert identity while it feeds one incident. Rows are inserted by the repository under a unique index
 * on the active identity, so concurrent posts of one alert can never open two incidents.
 */
@Entity
public class MonitoredAlert {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private AlertSource source;
    private String dedupKey;
    private UUID incidentId;
    private boolean active;
    @Enumerated(EnumType.STRING)
    private AlertState status;
    private int occurrences;
    private int deliveries;
    private String summary;
    private String severity;
    private Instant firstSeenAt;
    private Instant lastSeenAt;
    private Instant lastReceivedAt;
    private Instant resolvedAt;
    @Version
    private long version;

    protected MonitoredAlert() {
    }

    public void feeds(UUID incident) {
        incidentId = incident;
    }

    /** The alert fired again (a new firing or, without episodes, a repeated trigger). */
    public void repeated(Instant seenAt, Instant now) {
        occurrences++;
        deliveries++;
        status = AlertState.FIRING;
        resolvedAt = null;
        if (seenAt.isAfter(lastSeenAt)) {
            lastSeenAt = seenAt;
        }
        lastReceivedAt = now;
    }

    /** The same firing was delivered again (a retry or a re-sent group): nothing changes but the receipt. */
    public void redelivered(Instant now) {
        deliveries++;
        lastReceivedAt = now;
    }

    public void acknowledged(Instant now) {
        redelivered(now);
        if (status == AlertState.FIRING) {
            status = AlertState.ACKNOWLEDGED;
        }
    }

    public void resolved(Instant at, Instant now) {
        redelivered(now);
        status = AlertState.RESOLVED;
        resolvedAt = at;
    }

    /** Its incident is no longer open: the next firing of this identity opens a new incident. */
    public void retire() {
        active = false;
    }

    public UUID id() { return id; }
    public AlertSource source() { return source; }
    public String dedupKey() { return dedupKey; }
    public UUID incidentId() { return incidentId; }
    public boolean active() { return active; }
    public AlertState status() { return status; }
    public int occurrences() { return occurrences; }
    public int deliveries() { return deliveries; }
    public String summary() { return summary; }
    public String severity() { return severity; }
    public Instant firstSeenAt() { return firstSeenAt; }
    public Instant lastSeenAt() { return lastSeenAt; }
    public Instant lastReceivedAt() { return lastReceivedAt; }
    public Instant resolvedAt() { return resolvedAt; }
}
