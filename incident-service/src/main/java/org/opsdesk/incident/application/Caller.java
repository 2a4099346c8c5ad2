package org.opsdesk.incident.application;

import java.util.Set;

/**
 * Who is asking: the token's name, its roles (after the role mapping of application.properties) and its
 * organisation. A caller without {@link #ALL_ORGANISATIONS} sees only its own organisation's incidents.
 */
public record Caller(String name, Set<String> roles, String org) {

    public static final String ALL_ORGANISATIONS = "incident-all-orgs";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean scopedToOrganisation() {
        return !roles.contains(ALL_ORGANISATIONS);
    }
}
