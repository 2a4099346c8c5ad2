package org.opsdesk.incident.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One try to reach the customer (IN-15). */
@Entity
public class ContactAttempt {

    @Id
    private UUID id;
    private UUID incidentId;
    private Instant at;
    private Instant recordedAt;
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    private ContactMethod method;
    @Enumerated(EnumType.STRING)
    private ContactOutcome outcome;
    private String note;

    protected ContactAttempt() {
    }

    /** @param at when the attempt was made; {@code recordedAt} (when it was entered) keeps a back-dated one visible */
    public ContactAttempt(UUID incidentId, Instant at, Instant recordedAt, String recordedBy, ContactMethod method,
                          ContactOutcome outcome, String note) {
        this.id = UUID.randomUUID();
        this.incidentId = incidentId;
        this.at = at;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.method = method;
        this.outcome = outcome;
        this.note = note;
    }

    public UUID id() { return id; }
    public UUID incidentId() { return incidentId; }
    public Instant at() { return at; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    public ContactMethod method() { return method; }
    public ContactOutcome outcome() { return outcome; }
    public String note() { return note; }
}
