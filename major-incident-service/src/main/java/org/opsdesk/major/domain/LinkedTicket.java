package org.opsdesk.major.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A ticket of another tool linked to a major incident (MI-7). */
@Entity
public class LinkedTicket {

    @Id
    private UUID id;
    private UUID majorIncidentId;
    @Enumerated(EnumType.STRING)
    private TicketKind kind;
    private String reference;
    private String summary;
    private String link;
    private Instant linkedAt;
    private String linkedBy;

    protected LinkedTicket() {
    }

    public static LinkedTicket link(UUID majorIncidentId, TicketKind kind, String reference, String summary, String link,
                                    Instant now, String by) {
        LinkedTicket ticket = new LinkedTicket();
        ticket.id = UUID.randomUUID();
        ticket.majorIncidentId = majorIncidentId;
        ticket.kind = kind;
        ticket.reference = reference;
        ticket.summary = summary;
        ticket.link = link;
        ticket.linkedAt = now;
        ticket.linkedBy = by;
        return ticket;
    }

    public UUID id() { return id; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public TicketKind kind() { return kind; }
    public String reference() { return reference; }
    public String summary() { return summary; }
    public String link() { return link; }
    public Instant linkedAt() { return linkedAt; }
    public String linkedBy() { return linkedBy; }
}
