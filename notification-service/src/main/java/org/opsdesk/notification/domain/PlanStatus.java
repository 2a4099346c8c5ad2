package org.opsdesk.notification.domain;

import java.util.List;
import org.opsdesk.platform.errors.IllegalTransitionException;

/** ACTIVE (updates go out at their cadence) → RESOLVED (resolution notices sent, nothing more) → ACTIVE on reopening. */
public enum PlanStatus {
    ACTIVE, RESOLVED;

    public static final String ADJUST = "adjust";
    public static final String RESOLVE = "resolve";
    public static final String REOPEN = "reopen";

    public List<String> allowedCommands() {
        return this == ACTIVE ? List.of(ADJUST, RESOLVE) : List.of(REOPEN);
    }

    public void require(String command) {
        if (!allowedCommands().contains(command)) {
            throw new IllegalTransitionException(command, this, allowedCommands());
        }
    }
}
