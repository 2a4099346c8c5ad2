package org.opsdesk.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.platform.text.Text;

/** One try to deliver, kept for the delivery log. */
@Entity
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID deliveryId;
    private int attempt;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private AttemptOutcome outcome;
    private String detail;

    protected DeliveryAttempt() {
    }

    public DeliveryAttempt(UUID deliveryId, int attempt, Instant at, AttemptOutcome outcome, String detail) {
        this.deliveryId = deliveryId;
        this.attempt = attempt;
        this.at = at;
        this.outcome = outcome;
        this.detail = Text.clip(detail, 2000);
    }

    public UUID deliveryId() { return deliveryId; }
    public int attempt() { return attempt; }
    public Instant at() { return at; }
    public AttemptOutcome outcome() { return outcome; }
    public String detail() { return detail; }
}
