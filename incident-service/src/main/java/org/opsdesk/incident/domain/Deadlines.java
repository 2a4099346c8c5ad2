package org.opsdesk.incident.domain;

import java.time.Instant;

/** Set at resolution: until {@code disputeDeadline} the customer may dispute; at {@code autoCloseAt} the case closes. */
public record Deadlines(Instant disputeDeadline, Instant autoCloseAt) {

    public Deadlines {
        if (autoCloseAt.isBefore(disputeDeadline)) {
            autoCloseAt = disputeDeadline;
        }
    }
}
