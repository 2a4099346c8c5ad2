package org.opsdesk.platform.lifecycle;

import java.util.List;
import java.util.Set;
import org.opsdesk.platform.errors.IllegalTransitionException;

/**
 * A status enum: the commands each state allows. {@link #require} refuses the others with a 409 that names the state
 * and what it allows. Where the next state follows from the state and the command alone, the enum also answers
 * {@code after(command)}; otherwise the aggregate that owns the status sets it.
 */
public interface Lifecycle<C extends Enum<C> & LifecycleCommand> {

    Set<C> allowedCommands();

    default boolean allows(C command) {
        return allowedCommands().contains(command);
    }

    /** @throws IllegalTransitionException when this state does not allow {@code command} */
    default void require(C command) {
        if (!allows(command)) {
            throw new IllegalTransitionException(command.label(), this, allowedLabels());
        }
    }

    /** The allowed commands' labels, in the order the command enum declares them. */
    default List<String> allowedLabels() {
        return allowedCommands().stream().sorted().map(LifecycleCommand::label).toList();
    }
}
