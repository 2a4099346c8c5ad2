package org.opsdesk.notification.domain;

import java.util.List;
import org.opsdesk.platform.errors.IllegalTransitionException;

/**
 * PENDING (waiting for its due time or its next attempt) → SENT, FAILED (after the last attempt or a permanent
 * refusal) or CANCELLED (the plan ended or the audience left it). MISSED is recorded directly for a slot whose
 * time passed while an earlier, late slot was still being sent: the late update covered it.
 */
public enum DeliveryState {
    PENDING, SENT, FAILED, CANCELLED, MISSED;

    public static final String RECORD_ATTEMPT = "record-attempt";
    public static final String CANCEL = "cancel";

    public List<String> allowedCommands() {
        return this == PENDING ? List.of(RECORD_ATTEMPT, CANCEL) : List.of();
    }

    public void require(String command) {
        if (!allowedCommands().contains(command)) {
            throw new IllegalTransitionException(command, this, allowedCommands());
        }
    }
}
