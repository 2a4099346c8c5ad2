package org.opsdesk.review.domain;

import java.util.List;
import org.opsdesk.platform.errors.IllegalTransitionException;

/** OPEN → DONE, or OPEN → CANCELLED with a reason. An OPEN item may be deferred (it stays OPEN and tracked). */
public enum ActionItemStatus {
    OPEN, DONE, CANCELLED;

    public List<String> allowedCommands() {
        return this == OPEN ? List.of("edit", "complete", "cancel", "defer") : List.of();
    }

    public void require(String command) {
        if (!allowedCommands().contains(command)) {
            throw new IllegalTransitionException(command, this, allowedCommands());
        }
    }
}
