package org.opsdesk.incident.domain;

import static org.opsdesk.incident.domain.Command.ACKNOWLEDGE;
import static org.opsdesk.incident.domain.Command.ASSIGN;
import static org.opsdesk.incident.domain.Command.CLOSE;
import static org.opsdesk.incident.domain.Command.CONFIRM;
import static org.opsdesk.incident.domain.Command.CONTACT_ATTEMPT;
import static org.opsdesk.incident.domain.Command.DISPUTE;
import static org.opsdesk.incident.domain.Command.ESCALATE;
import static org.opsdesk.incident.domain.Command.HOLD;
import static org.opsdesk.incident.domain.Command.LINK;
import static org.opsdesk.incident.domain.Command.NOTE;
import static org.opsdesk.incident.domain.Command.REFER;
import static org.opsdesk.incident.domain.Command.RESOLVE;
import static org.opsdesk.incident.domain.Command.RESUME;
import static org.opsdesk.incident.domain.Command.RETURN_TO_SERVICE_DESK;
import static org.opsdesk.incident.domain.Command.UPDATE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.opsdesk.platform.lifecycle.Lifecycle;

/**
 * The lifecycle of an incident and the commands each state allows. RESOLVED and REFERRED are the two ways
 * a case is resolved; both wait for the customer (confirm, dispute) until the dispute window ends. CLOSED is final.
 */
public enum IncidentStatus implements Lifecycle<Command> {
    NEW(UPDATE, NOTE, CONTACT_ATTEMPT, LINK, ASSIGN, ESCALATE, REFER, RESOLVE),
    ASSIGNED(UPDATE, NOTE, CONTACT_ATTEMPT, LINK, ASSIGN, ACKNOWLEDGE, RETURN_TO_SERVICE_DESK, ESCALATE, HOLD, REFER, RESOLVE),
    IN_PROGRESS(UPDATE, NOTE, CONTACT_ATTEMPT, LINK, ASSIGN, RETURN_TO_SERVICE_DESK, ESCALATE, HOLD, REFER, RESOLVE),
    ON_HOLD(UPDATE, NOTE, CONTACT_ATTEMPT, LINK, RESUME, RESOLVE, CLOSE),
    RESOLVED(UPDATE, NOTE, CONTACT_ATTEMPT, LINK, CONFIRM, DISPUTE, CLOSE),
    REFERRED(UPDATE, NOTE, CONTACT_ATTEMPT, LINK, CONFIRM, DISPUTE, CLOSE),
    CLOSED;

    private final Set<Command> allowed;

    IncidentStatus(Command... allowed) {
        this.allowed = Collections.unmodifiableSet(
                allowed.length == 0 ? EnumSet.noneOf(Command.class) : EnumSet.of(allowed[0], allowed));
    }

    @Override
    public Set<Command> allowedCommands() {
        return allowed;
    }

    /** Work is still going on: the case counts as open for duplicates, alerts and major incidents. */
    public boolean isOpen() {
        return this == NEW || this == ASSIGNED || this == IN_PROGRESS || this == ON_HOLD;
    }
}
