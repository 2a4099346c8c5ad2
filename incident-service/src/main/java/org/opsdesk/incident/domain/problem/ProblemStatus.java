package org.opsdesk.incident.domain.problem;

import java.util.EnumSet;
import java.util.Set;
import org.opsdesk.platform.lifecycle.Lifecycle;
import org.opsdesk.platform.lifecycle.LifecycleCommand;

/** OPEN → (root cause found) KNOWN_ERROR → RESOLVED (fixed for good) → CLOSED; an open problem may be resolved directly. */
public enum ProblemStatus implements Lifecycle<ProblemStatus.Command> {
    OPEN, KNOWN_ERROR, RESOLVED, CLOSED;

    public enum Command implements LifecycleCommand {
        LINK_INCIDENT, ROOT_CAUSE, RESOLVE, CLOSE;

        /** Linking an incident is a POST to the problem's incidents. */
        @Override
        public String label() {
            return this == LINK_INCIDENT ? "incidents" : LifecycleCommand.super.label();
        }
    }

    @Override
    public Set<Command> allowedCommands() {
        return switch (this) {
            case OPEN, KNOWN_ERROR -> EnumSet.of(Command.LINK_INCIDENT, Command.ROOT_CAUSE, Command.RESOLVE);
            case RESOLVED -> EnumSet.of(Command.CLOSE);
            case CLOSED -> EnumSet.noneOf(Command.class);
        };
    }

    /** @return the state after {@code command}; refuses a command this state does not allow */
    public ProblemStatus after(Command command) {
        require(command);
        return switch (command) {
            case LINK_INCIDENT -> this;
            case ROOT_CAUSE -> KNOWN_ERROR;
            case RESOLVE -> RESOLVED;
            case CLOSE -> CLOSED;
        };
    }
}
