package org.opsdesk.notification.rest;

/** Who may call what: the configured token groups (NotificationConfig.Access) as {@code @RolesAllowed} expressions. */
final class Access {

    static final String DIRECTORY_READERS = "${notification.access.directory-readers}";
    static final String AUDIENCE_EDITORS = "${notification.access.audience-editors}";
    static final String CONTACT_EDITORS = "${notification.access.contact-editors}";
    static final String ORGANISATION_EDITORS = "${notification.access.organisation-editors}";
    static final String PLAN_READERS = "${notification.access.plan-readers}";
    static final String PLAN_EDITORS = "${notification.access.plan-editors}";
    static final String INCIDENT_COMMUNICATION_READERS = "${notification.access.incident-communication-readers}";
    static final String NOTICE_READERS = "${notification.access.notice-readers}";

    private Access() {
    }
}
