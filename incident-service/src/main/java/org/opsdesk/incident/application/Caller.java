package org.opsdesk.incident.application;

import java.util.Set;

/**
 * Who is asking: the token's name, its roles and its organisation. A caller with none of the roles that see every
 * organisation (opsdesk.incident.access.all-organisations) sees only its own organisation's incidents.
 */
public record Caller(String name, Set<String> roles, String org, boolean scopedToOrganisation) {

    public Caller {
        roles = Set.copyOf(roles);
    }
}
