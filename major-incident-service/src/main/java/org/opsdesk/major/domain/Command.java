package org.opsdesk.major.domain;

/** What can be done to a major incident; {@link MajorIncidentStatus} says when. */
public enum Command {
    ASSIGN_COORDINATOR("assign-coordinator", false),
    ADD_MEMBER("add-member", true),
    REMOVE_MEMBER("remove-member", false),
    CHANGE_TYPE("change-type", false),
    OPEN_BRIDGE("open-bridge", true),
    ACTIVATE_EOC("activate-eoc", true),
    PUBLISH_STATUS_UPDATE("publish-status-update", true),
    SET_RECOVERY_OBJECTIVES("set-recovery-objectives", true),
    MARK_OBJECTIVE_MET("mark-objective-met", false),
    LINK_INCIDENT("link-incident", false),
    CHANGE_SCOPE("change-scope", false),
    RECORD_CHANGE("record-change", true),
    LINK_TICKET("link-ticket", false),
    REPORT_DISASTER_RISK("report-disaster-risk", false),
    DECLARE_DISASTER("declare-disaster", true),
    RESOLVE("resolve", false),
    REOPEN("reopen", false),
    CLOSE("close", false);

    private final String wireName;
    private final boolean startsResponse;

    Command(String wireName, boolean startsResponse) {
        this.wireName = wireName;
        this.startsResponse = startsResponse;
    }

    /** The name callers see in a 409's {@code allowedCommands}. */
    public String wireName() {
        return wireName;
    }

    /** A response action moves a DECLARED major incident to ACTIVE. */
    public boolean startsResponse() {
        return startsResponse;
    }
}
