package org.opsdesk.incident.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of an incident's history (IN-10); the table refuses updates and deletes. */
@Entity
@Table(name = "incident_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID incidentId;
    private Instant at;
    private String actor;
    private String action;
    private String field;
    private String oldValue;
    private String newValue;

    protected HistoryEntry() {
    }

    public HistoryEntry(UUID incidentId, Instant at, String actor, String action, FieldChange change) {
        this.incidentId = incidentId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        if (change != null) {
            this.field = change.field();
            this.oldValue = change.from();
            this.newValue = change.to();
        }
    }

    public Long id() { return id; }
    public UUID incidentId() { return incidentId; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String field() { return field; }
    public String oldValue() { return oldValue; }
    public String newValue() { return newValue; }
}
