package org.opsdesk.major.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.platform.errors.IllegalTransitionException;

/**
 * An incident that may belong to an open major incident, which the automatic rule cannot be sure of (on an affected
 * service, not severe enough to be declared itself): the coordinator confirms (the incident is linked) or dismisses it.
 */
@Entity
public class LinkProposal {

    public enum Status { PROPOSED, CONFIRMED, DISMISSED }

    @Id
    private UUID id;
    private UUID majorIncidentId;
    private UUID incidentId;
    private String reason;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant proposedAt;
    private Instant decidedAt;
    private String decidedBy;

    protected LinkProposal() {
    }

    public static LinkProposal propose(UUID majorIncidentId, UUID incidentId, String reason, Instant now) {
        LinkProposal proposal = new LinkProposal();
        proposal.id = UUID.randomUUID();
        proposal.majorIncidentId = majorIncidentId;
        proposal.incidentId = incidentId;
        proposal.reason = reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
        proposal.status = Status.PROPOSED;
        proposal.proposedAt = now;
        return proposal;
    }

    public void decide(boolean confirmed, Instant now, String by) {
        if (status != Status.PROPOSED) {
            throw new IllegalTransitionException(confirmed ? "confirm" : "dismiss", status, List.of());
        }
        status = confirmed ? Status.CONFIRMED : Status.DISMISSED;
        decidedAt = now;
        decidedBy = by;
    }

    public UUID id() { return id; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public UUID incidentId() { return incidentId; }
    public String reason() { return reason; }
    public Status status() { return status; }
    public Instant proposedAt() { return proposedAt; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
}
