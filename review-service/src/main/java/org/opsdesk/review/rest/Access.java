package org.opsdesk.review.rest;

/** The configured role lists (opsdesk.review.roles.*), as {@code @RolesAllowed} expressions. */
final class ReviewRoles {

    static final String READERS = "${opsdesk.review.roles.readers}";
    static final String EDITORS = "${opsdesk.review.roles.editors}";
    static final String APPROVERS = "${opsdesk.review.roles.approvers}";
    static final String DISTRIBUTORS = "${opsdesk.review.roles.distributors}";
    static final String CALENDAR_ADMINS = "${opsdesk.review.roles.calendar-admins}";

    private ReviewRoles() {
    }
}
