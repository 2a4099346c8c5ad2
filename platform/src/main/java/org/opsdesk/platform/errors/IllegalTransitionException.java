package org.opsdesk.platform.errors;

import java.util.Collection;
import java.util.List;

/** A lifecycle command that the current state does not allow. */
public class IllegalTransitionException extends ConflictException {

    private final String state;
    private final List<String> allowedCommands;

    public IllegalTransitionException(String command, Object state, Collection<String> allowedCommands) {
        super("cannot " + command + " in state " + state + "; allowed: "
                + (allowedCommands.isEmpty() ? "none" : String.join(", ", allowedCommands)));
        this.state = String.valueOf(state);
        this.allowedCommands = List.copyOf(allowedCommands);
    }

    public String state() {
        return state;
    }

    public List<String> allowedCommands() {
        return allowedCommands;
    }
}
