package org.opsdesk.review.domain;

import java.util.EnumSet;
import java.util.Set;
import org.opsdesk.platform.lifecycle.Lifecycle;
import org.opsdesk.platform.lifecycle.LifecycleCommand;

/** DRAFT → SUBMITTED → APPROVED → DISTRIBUTED; a rejection sends a submitted deliverable back to DRAFT (002 §V.D.2–3). */
public enum DeliverableStatus implements Lifecycle<DeliverableStatus.Command> {
    DRAFT, SUBMITTED, APPROVED, DISTRIBUTED;

    public enum Command implements LifecycleCommand { SUBMIT, APPROVE, REJECT, DISTRIBUTE }

    @Override
    public Set<Command> allowedCommands() {
        return switch (this) {
            case DRAFT -> EnumSet.of(Command.SUBMIT);
            case SUBMITTED -> EnumSet.of(Command.APPROVE, Command.REJECT);
            case APPROVED -> EnumSet.of(Command.DISTRIBUTE);
            case DISTRIBUTED -> EnumSet.noneOf(Command.class);
        };
    }

    /** @return the state after {@code command}; refuses a command this state does not allow */
    public DeliverableStatus after(Command command) {
        require(command);
        return switch (command) {
            case SUBMIT -> SUBMITTED;
            case APPROVE -> APPROVED;
            case REJECT -> DRAFT;
            case DISTRIBUTE -> DISTRIBUTED;
        };
    }
}
