package org.opsdesk.review.domain;

import java.util.List;
import org.opsdesk.platform.errors.IllegalTransitionException;

/** DRAFT → SUBMITTED → APPROVED → DISTRIBUTED; a rejection sends a submitted deliverable back to DRAFT (002 §V.D.2–3). */
public enum DeliverableStatus {
    DRAFT, SUBMITTED, APPROVED, DISTRIBUTED;

    public enum Command { SUBMIT, APPROVE, REJECT, DISTRIBUTE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public List<Command> allowedCommands() {
        return switch (this) {
            case DRAFT -> List.of(Command.SUBMIT);
            case SUBMITTED -> List.of(Command.APPROVE, Command.REJECT);
            case APPROVED -> List.of(Command.DISTRIBUTE);
            case DISTRIBUTED -> List.of();
        };
    }

    /** @throws IllegalTransitionException when this state does not allow the command */
    public DeliverableStatus on(Command command) {
        if (!allowedCommands().contains(command)) {
            throw new IllegalTransitionException(command.label(), this, allowedCommands().stream().map(Command::label).toList());
        }
        return switch (command) {
            case SUBMIT -> SUBMITTED;
            case APPROVE -> APPROVED;
            case REJECT -> DRAFT;
            case DISTRIBUTE -> DISTRIBUTED;
        };
    }
}
