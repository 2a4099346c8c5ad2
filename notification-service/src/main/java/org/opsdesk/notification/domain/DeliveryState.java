package org.opsdesk.notification.domain;

import java.util.EnumSet;
import java.util.Set;
import org.opsdesk.platform.lifecycle.Lifecycle;
import org.opsdesk.platform.lifecycle.LifecycleCommand;

/**
 * PENDING (waiting for its due time or its next attempt) → SENT, FAILED (after the last attempt or a permanent
 * refusal) or CANCELLED (the plan ended or the audience left it). MISSED is recorded directly for a slot whose
 * time passed while an earlier, late slot was still being sent: the late update covered it.
 */
public enum DeliveryState implements Lifecycle<DeliveryState.Command> {
    PENDING, SENT, FAILED, CANCELLED, MISSED;

    /** An attempt's outcome decides the next state: SENT, FAILED or still PENDING for a retry. */
    public enum Command implements LifecycleCommand { RECORD_ATTEMPT, CANCEL }

    @Override
    public Set<Command> allowedCommands() {
        return this == PENDING ? EnumSet.allOf(Command.class) : EnumSet.noneOf(Command.class);
    }
}
