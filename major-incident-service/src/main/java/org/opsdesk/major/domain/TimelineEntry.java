package org.opsdesk.major.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One line of a major incident's timeline (MI-9): what happened, when, and who did it. Never changed. */
@Entity
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;
    private UUID majorIncidentId;
    private Instant at;
    private String actor;
    private String kind;
    private String description;

    protected TimelineEntry() {
    }

    public static TimelineEntry of(UUID majorIncidentId, Instant at, String actor, String kind, String description) {
        TimelineEntry entry = new TimelineEntry();
        entry.majorIncidentId = majorIncidentId;
        entry.at = at;
        entry.actor = actor;
        entry.kind = kind;
        entry.description = description;
        return entry;
    }

    public Long seq() { return seq; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String kind() { return kind; }
    public String description() { return description; }
}
