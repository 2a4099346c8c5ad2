package org.opsdesk.notification.domain;

import java.util.EnumSet;
import java.util.Set;
import org.opsdesk.platform.lifecycle.Lifecycle;
import org.opsdesk.platform.lifecycle.LifecycleCommand;

/** ACTIVE (updates go out at their cadence) → RESOLVED (resolution notices sent, nothing more) → ACTIVE on reopening. */
public enum PlanStatus implements Lifecycle<PlanStatus.Command> {
    ACTIVE, RESOLVED;

    public enum Command implements LifecycleCommand { ADJUST, RESOLVE, REOPEN }

    @Override
    public Set<Command> allowedCommands() {
        return this == ACTIVE ? EnumSet.of(Command.ADJUST, Command.RESOLVE) : EnumSet.of(Command.REOPEN);
    }

    /** @return the state after {@code command}; refuses a command this state does not allow */
    public PlanStatus after(Command command) {
        require(command);
        return switch (command) {
            case ADJUST -> this;
            case RESOLVE -> RESOLVED;
            case REOPEN -> ACTIVE;
        };
    }
}
