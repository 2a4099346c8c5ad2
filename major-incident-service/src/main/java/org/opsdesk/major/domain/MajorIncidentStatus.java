package org.opsdesk.major.domain;

import java.util.EnumSet;
import java.util.Set;
import org.opsdesk.platform.lifecycle.Lifecycle;

/**
 * DECLARED (waiting for the response to start) → ACTIVE (first response action: member, bridge, EOC, status
 * update, objectives, change, disaster) → RESOLVED → CLOSED; a RESOLVED major incident may be reopened.
 */
public enum MajorIncidentStatus implements Lifecycle<Command> {
    DECLARED, ACTIVE, RESOLVED, CLOSED;

    private static final Set<Command> WHILE_OPEN = EnumSet.complementOf(EnumSet.of(Command.REOPEN, Command.CLOSE));

    @Override
    public Set<Command> allowedCommands() {
        return switch (this) {
            case DECLARED, ACTIVE -> EnumSet.copyOf(WHILE_OPEN);
            case RESOLVED -> EnumSet.of(Command.LINK_TICKET, Command.REOPEN, Command.CLOSE);
            case CLOSED -> EnumSet.noneOf(Command.class);
        };
    }

    public boolean isOpen() {
        return this == DECLARED || this == ACTIVE;
    }

    /** @return the state after {@code command}; refuses a command this state does not allow */
    public MajorIncidentStatus after(Command command) {
        require(command);
        return switch (command) {
            case RESOLVE -> RESOLVED;
            case CLOSE -> CLOSED;
            case REOPEN -> ACTIVE;
            default -> this == DECLARED && command.startsResponse() ? ACTIVE : this;
        };
    }
}
