package org.opsdesk.notification.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The latest snapshot of an incident that customers are told about (CO-3). */
@Entity
public class IncidentView {

    @Id
    private UUID incidentId;
    @Convert(converter = JsonColumns.IncidentFactsColumn.class)
    private IncidentFacts facts;
    private Instant lastEventAt;
    @Version
    private long version;

    protected IncidentView() {
    }

    public IncidentView(IncidentFacts facts, Instant eventTime) {
        this.incidentId = facts.incidentId();
        this.facts = facts;
        this.lastEventAt = eventTime;
    }

    /** @return false when the event is older than the snapshot already held */
    public boolean apply(IncidentFacts newer, Instant eventTime) {
        if (eventTime.isBefore(lastEventAt)) {
            return false;
        }
        this.facts = newer;
        this.lastEventAt = eventTime;
        return true;
    }

    public UUID incidentId() { return incidentId; }
    public IncidentFacts facts() { return facts; }
}
