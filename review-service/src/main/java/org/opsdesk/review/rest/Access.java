package org.opsdesk.review.rest;

/** Who may call what: the configured token groups (ReviewConfig.Access, opsdesk.review.access.*) as {@code @RolesAllowed} expressions. */
final class Access {

    static final String READERS = "${opsdesk.review.access.readers}";
    static final String EDITORS = "${opsdesk.review.access.editors}";
    static final String APPROVERS = "${opsdesk.review.access.approvers}";
    static final String DISTRIBUTORS = "${opsdesk.review.access.distributors}";
    static final String CALENDAR_ADMINS = "${opsdesk.review.access.calendar-admins}";

    private Access() {
    }
}
