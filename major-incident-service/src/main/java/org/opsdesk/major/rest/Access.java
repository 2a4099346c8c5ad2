package org.opsdesk.major.rest;

/**
 * Who may call what: the configured token groups (MajorIncidentConfig.Access, opsdesk.major.access.*) as
 * {@code @RolesAllowed} expressions. Declaring, confirming and retyping also depend on the roster (designees on duty),
 * so those operations are {@code @Authenticated} and DeclarationAuthority decides.
 */
final class Access {

    static final String READERS = "${opsdesk.major.access.readers}";
    static final String RESPONDERS = "${opsdesk.major.access.responders}";
    static final String ROSTER_EDITORS = "${opsdesk.major.access.roster-editors}";
    static final String CHANGE_SOURCES = "${opsdesk.major.access.change-sources}";

    private Access() {
    }
}
