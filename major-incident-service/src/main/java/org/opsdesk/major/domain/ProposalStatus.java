package org.opsdesk.major.domain;

import java.util.List;
import org.opsdesk.platform.errors.IllegalTransitionException;

/** A potential major incident is PENDING until an authority confirms it or rejects it as routine (002 §V.A.3). */
public enum ProposalStatus {
    PENDING, CONFIRMED, REJECTED;

    public List<String> allowedCommands() {
        return this == PENDING ? List.of("confirm", "reject") : List.of();
    }

    public ProposalStatus after(String command) {
        if (!allowedCommands().contains(command)) {
            throw new IllegalTransitionException(command, this, allowedCommands());
        }
        return command.equals("confirm") ? CONFIRMED : REJECTED;
    }
}
