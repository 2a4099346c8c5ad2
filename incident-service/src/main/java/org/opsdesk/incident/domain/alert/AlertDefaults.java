package org.opsdesk.incident.domain.alert;

/** What an integration says about its alerts when an alert names no service or customer organisation itself. */
public record AlertDefaults(String service, String customerOrg) {

    public static final AlertDefaults NONE = new AlertDefaults(null, null);
}
