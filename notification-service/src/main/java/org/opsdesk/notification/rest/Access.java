package org.opsdesk.notification.rest;

/** Who may call what: the configured token groups (NotificationConfig.Access) as {@code @RolesAllowed} expressions. */
final class Access {

    static final String DIRECTORY_READERS = "${opsdesk.notification.access.directory-readers}";
    static final String AUDIENCE_EDITORS = "${opsdesk.notification.access.audience-editors}";
    static final String CONTACT_EDITORS = "${opsdesk.notification.access.contact-editors}";
    static final String ORGANISATION_EDITORS = "${opsdesk.notification.access.organisation-editors}";
    static final String PLAN_READERS = "${opsdesk.notification.access.plan-readers}";
    static final String PLAN_EDITORS = "${opsdesk.notification.access.plan-editors}";
    static final String INCIDENT_COMMUNICATION_READERS = "${opsdesk.notification.access.incident-communication-readers}";
    static final String NOTICE_READERS = "${opsdesk.notification.access.notice-readers}";

    private Access() {
    }
}
