package org.opsdesk.review.domain;

import java.util.EnumSet;
import java.util.Set;
import org.opsdesk.platform.lifecycle.Lifecycle;
import org.opsdesk.platform.lifecycle.LifecycleCommand;

/** OPEN → DONE, or OPEN → CANCELLED with a reason. An OPEN item may be deferred (it stays OPEN and tracked). */
public enum ActionItemStatus implements Lifecycle<ActionItemStatus.Command> {
    OPEN, DONE, CANCELLED;

    public enum Command implements LifecycleCommand { EDIT, COMPLETE, CANCEL, DEFER }

    @Override
    public Set<Command> allowedCommands() {
        return this == OPEN ? EnumSet.allOf(Command.class) : EnumSet.noneOf(Command.class);
    }

    /** @return the state after {@code command}; refuses a command this state does not allow */
    public ActionItemStatus after(Command command) {
        require(command);
        return switch (command) {
            case EDIT, DEFER -> this;
            case COMPLETE -> DONE;
            case CANCEL -> CANCELLED;
        };
    }
}
