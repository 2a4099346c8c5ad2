package org.opsdesk.incident.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A work-log entry: an interaction, a diagnosis step, a message to the customer (IN-10). */
@Entity
@Table(name = "incident_note")
public class Note {

    @Id
    private UUID id;
    private UUID incidentId;
    private Instant at;
    private String author;
    @Enumerated(EnumType.STRING)
    private NoteVisibility visibility;
    private String text;

    protected Note() {
    }

    public Note(UUID incidentId, Instant at, String author, NoteVisibility visibility, String text) {
        this.id = UUID.randomUUID();
        this.incidentId = incidentId;
        this.at = at;
        this.author = author;
        this.visibility = visibility;
        this.text = text;
    }

    public UUID id() { return id; }
    public UUID incidentId() { return incidentId; }
    public Instant at() { return at; }
    public String author() { return author; }
    public NoteVisibility visibility() { return visibility; }
    public String text() { return text; }
}
