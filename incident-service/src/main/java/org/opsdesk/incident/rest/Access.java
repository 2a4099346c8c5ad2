package org.opsdesk.incident.rest;

/** Who may call what: the configured token groups (IncidentConfig.Access) as {@code @RolesAllowed} expressions. */
final class Access {

    static final String READ = "${opsdesk.incident.access.readers}";
    static final String LOG = "${opsdesk.incident.access.loggers}";
    static final String WORK = "${opsdesk.incident.access.workers}";
    static final String CUSTOMER_RESPONSE = "${opsdesk.incident.access.customer-responders}";
    static final String ADMIN = "${opsdesk.incident.access.admins}";
    static final String POST_ALERTS = "${opsdesk.incident.access.alert-posters}";
    static final String REPORTS = "${opsdesk.incident.access.report-readers}";
    static final String PROBLEMS = "${opsdesk.incident.access.problem-workers}";

    private Access() {
    }
}
