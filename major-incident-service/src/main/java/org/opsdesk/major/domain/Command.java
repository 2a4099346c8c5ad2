package org.opsdesk.major.domain;

import org.opsdesk.platform.lifecycle.LifecycleCommand;

/** What can be done to a major incident; {@link MajorIncidentStatus} says when. */
public enum Command implements LifecycleCommand {
    ASSIGN_COORDINATOR(false),
    ADD_MEMBER(true),
    REMOVE_MEMBER(false),
    CHANGE_TYPE(false),
    OPEN_BRIDGE(true),
    ACTIVATE_EOC(true),
    PUBLISH_STATUS_UPDATE(true),
    SET_RECOVERY_OBJECTIVES(true),
    MARK_OBJECTIVE_MET(false),
    LINK_INCIDENT(false),
    CHANGE_SCOPE(false),
    RECORD_CHANGE(true),
    LINK_TICKET(false),
    REPORT_DISASTER_RISK(false),
    DECLARE_DISASTER(true),
    RESOLVE(false),
    REOPEN(false),
    CLOSE(false);

    private final boolean startsResponse;

    Command(boolean startsResponse) {
        this.startsResponse = startsResponse;
    }

    /** A response action moves a DECLARED major incident to ACTIVE. */
    public boolean startsResponse() {
        return startsResponse;
    }
}
