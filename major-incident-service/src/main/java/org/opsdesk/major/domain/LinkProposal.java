package org.opsdesk.major.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.platform.lifecycle.Lifecycle;
import org.opsdesk.platform.lifecycle.LifecycleCommand;
import org.opsdesk.platform.text.Text;

/**
 * An incident that may belong to an open major incident, which the automatic rule cannot be sure of (on an affected
 * service, not severe enough to be declared itself): the coordinator confirms (the incident is linked) or dismisses it.
 */
@Entity
public class LinkProposal {

    public enum Status implements Lifecycle<Decision> {
        PROPOSED, CONFIRMED, DISMISSED;

        @Override
        public Set<Decision> allowedCommands() {
            return this == PROPOSED ? EnumSet.allOf(Decision.class) : EnumSet.noneOf(Decision.class);
        }

        /** @return the state after {@code decision}; refuses a decision this state does not allow */
        public Status after(Decision decision) {
            require(decision);
            return decision == Decision.CONFIRM ? CONFIRMED : DISMISSED;
        }
    }

    public enum Decision implements LifecycleCommand { CONFIRM, DISMISS }

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
        proposal.reason = Text.clip(reason, 1000);
        proposal.status = Status.PROPOSED;
        proposal.proposedAt = now;
        return proposal;
    }

    public void decide(boolean confirmed, Instant now, String by) {
        status = status.after(confirmed ? Decision.CONFIRM : Decision.DISMISS);
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
