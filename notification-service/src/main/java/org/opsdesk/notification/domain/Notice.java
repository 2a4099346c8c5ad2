package org.opsdesk.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.platform.text.Text;

/**
 * One fact told to one person: {@code recipient} is their login when the directory knows them ({@code known}), else
 * the address or name the event gave (then the service desk is told too). Its deliveries, one per channel, name it.
 * {@code dedupKey} (fact and person) is unique, so redelivered events, restarts and replicas tell each person once.
 */
@Entity
public class Notice {

    @Id
    private UUID id;
    private String dedupKey;
    private String noticeType;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;
    private UUID subjectId;
    private String reference;
    private String recipient;
    private String recipientName;
    private boolean known;
    private String headline;
    private Instant createdAt;

    protected Notice() {
    }

    public Notice(String dedupKey, String noticeType, Urgency urgency, Subject subject, String recipient, String recipientName,
                  boolean known, String headline, Instant now) {
        this.id = UUID.randomUUID();
        this.dedupKey = Text.clip(dedupKey, 300);
        this.noticeType = noticeType;
        this.urgency = urgency;
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.reference = subject.reference();
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.known = known;
        this.headline = Text.clip(headline, 500);
        this.createdAt = now;
    }

    /** What a notice is about: its id and the number people search mail by (INC-…, MI-…, the review's or proposal's). */
    public record Subject(SubjectType type, UUID id, String reference) {
    }

    public UUID id() { return id; }
    public String dedupKey() { return dedupKey; }
    public String noticeType() { return noticeType; }
    public Urgency urgency() { return urgency; }
    public SubjectType subjectType() { return subjectType; }
    public UUID subjectId() { return subjectId; }
    public String reference() { return reference; }
    public String recipient() { return recipient; }
    public String recipientName() { return recipientName; }
    public boolean known() { return known; }
    public String headline() { return headline; }
    public Instant createdAt() { return createdAt; }
}
