package org.opsdesk.review.domain;

import java.util.EnumSet;
import java.util.Set;
import org.opsdesk.platform.lifecycle.Lifecycle;
import org.opsdesk.platform.lifecycle.LifecycleCommand;

/** A review is OPEN while its deliverables and action items are worked on, CLOSED once complete. */
public enum ReviewStatus implements Lifecycle<ReviewStatus.Command> {
    OPEN, CLOSED;

    public enum Command implements LifecycleCommand { EDIT, CLOSE }

    @Override
    public Set<Command> allowedCommands() {
        return this == OPEN ? EnumSet.allOf(Command.class) : EnumSet.noneOf(Command.class);
    }

    /** @return the state after {@code command}; refuses a command this state does not allow */
    public ReviewStatus after(Command command) {
        require(command);
        return command == Command.CLOSE ? CLOSED : this;
    }
}
