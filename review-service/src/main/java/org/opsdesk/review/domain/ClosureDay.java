package org.opsdesk.review.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A day the organisation is closed beyond weekends and public holidays (e.g. a state closure for weather). */
@Entity
public class ClosureDay {

    @Id
    private LocalDate day;
    private String reason;
    private String createdBy;
    private Instant createdAt;

    protected ClosureDay() {
    }

    public ClosureDay(LocalDate day, String reason, String createdBy, Instant createdAt) {
        this.day = day;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public LocalDate day() { return day; }
    public String reason() { return reason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
