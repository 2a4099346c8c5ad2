package org.opsdesk.incident.domain;

import org.opsdesk.platform.lifecycle.LifecycleCommand;

/** What can be done to an incident; the label is the path segment of the command's POST. */
public enum Command implements LifecycleCommand {
    UPDATE("update"),
    NOTE("notes"),
    CONTACT_ATTEMPT("contact-attempts"),
    LINK("links"),
    ASSIGN("assign"),
    ACKNOWLEDGE("acknowledge"),
    RETURN_TO_SERVICE_DESK("return-to-service-desk"),
    ESCALATE("escalate"),
    HOLD("hold"),
    RESUME("resume"),
    REFER("refer"),
    RESOLVE("resolve"),
    CONFIRM("confirm"),
    DISPUTE("dispute"),
    CLOSE("close");

    private final String label;

    Command(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
