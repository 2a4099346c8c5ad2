package org.opsdesk.review.domain;

import java.util.List;
import org.opsdesk.platform.errors.IllegalTransitionException;

/** A review is OPEN while its deliverables and action items are worked on, CLOSED once complete. */
public enum ReviewStatus {
    OPEN, CLOSED;

    public List<String> allowedCommands() {
        return this == OPEN ? List.of("edit", "close") : List.of();
    }

    public void require(String command) {
        if (!allowedCommands().contains(command)) {
            throw new IllegalTransitionException(command, this, allowedCommands());
        }
    }
}
