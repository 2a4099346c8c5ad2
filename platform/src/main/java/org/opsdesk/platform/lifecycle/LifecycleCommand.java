package org.opsdesk.platform.lifecycle;

import java.util.Locale;

/** A command of a {@link Lifecycle}; its label is what callers see (a path segment, a 409's {@code allowedCommands}). */
public interface LifecycleCommand {

    /** Implemented by the enum constant. */
    String name();

    /** The constant's name in lower case, its words joined by "-", unless the command says otherwise. */
    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
