package org.opsdesk.incident.rest;

/**
 * The permissions of this service's endpoints. Tokens carry organisational roles (platform {@code Roles});
 * {@code quarkus.http.auth.roles-mapping.*} in application.properties grants each of them these permissions,
 * so who may do what is configuration.
 */
final class Access {

    static final String READ = "incident-read";
    static final String LOG = "incident-log";
    static final String WORK = "incident-work";
    static final String CUSTOMER_RESPONSE = "incident-customer-response";
    static final String ADMIN = "incident-admin";
    static final String POST_ALERTS = "alert-post";
    static final String REPORTS = "sla-report";
    static final String PROBLEMS = "problem-work";

    private Access() {
    }
}
