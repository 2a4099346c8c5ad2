package org.opsdesk.notification.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The latest snapshot of a major incident, kept from its events; messages and the status page read it. */
@Entity
public class MajorIncidentView {

    @Id
    private UUID majorIncidentId;
    private String status;
    @Convert(converter = JsonColumns.MajorIncidentFactsColumn.class)
    private MajorIncidentFacts facts;
    private Instant declaredAt;
    private Instant resolvedAt;
    private Instant lastEventAt;
    @Version
    private long version;

    protected MajorIncidentView() {
    }

    public MajorIncidentView(MajorIncidentFacts facts, Instant eventTime) {
        this.majorIncidentId = facts.majorIncidentId();
        take(facts, eventTime);
    }

    /** @return false when the event is older than the snapshot already held (events of one incident arrive in order) */
    public boolean apply(MajorIncidentFacts newer, Instant eventTime) {
        if (eventTime.isBefore(lastEventAt)) {
            return false;
        }
        take(newer.carryingOver(facts), eventTime);
        return true;
    }

    private void take(MajorIncidentFacts facts, Instant eventTime) {
        this.facts = facts;
        this.status = facts.status() != null ? facts.status() : "DECLARED";
        this.declaredAt = facts.declaredAt() != null ? facts.declaredAt() : eventTime;
        this.resolvedAt = facts.isOpen() ? null : (facts.resolvedAt() != null ? facts.resolvedAt() : eventTime);
        this.lastEventAt = eventTime;
    }

    public UUID majorIncidentId() { return majorIncidentId; }
    public String status() { return status; }
    public MajorIncidentFacts facts() { return facts; }
    public Instant declaredAt() { return declaredAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant lastEventAt() { return lastEventAt; }
}
