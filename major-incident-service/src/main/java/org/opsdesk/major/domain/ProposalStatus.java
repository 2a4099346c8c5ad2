package org.opsdesk.major.domain;

import java.util.EnumSet;
import java.util.Set;
import org.opsdesk.platform.lifecycle.Lifecycle;
import org.opsdesk.platform.lifecycle.LifecycleCommand;

/** A potential major incident is PENDING until an authority confirms it or rejects it as routine (002 §V.A.3). */
public enum ProposalStatus implements Lifecycle<ProposalStatus.Command> {
    PENDING, CONFIRMED, REJECTED;

    public enum Command implements LifecycleCommand {
        CONFIRM, REJECT
    }

    @Override
    public Set<Command> allowedCommands() {
        return this == PENDING ? EnumSet.allOf(Command.class) : EnumSet.noneOf(Command.class);
    }

    /** @return the state after {@code command}; refuses a command this state does not allow */
    public ProposalStatus after(Command command) {
        require(command);
        return command == Command.CONFIRM ? CONFIRMED : REJECTED;
    }
}
