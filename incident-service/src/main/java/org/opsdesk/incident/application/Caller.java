package org.opsdesk.incident.application;

/**
 * Who is asking: the token's name and organisation. A caller with none of the roles that see every organisation
 * (opsdesk.incident.access.all-organisations) sees only its own organisation's incidents.
 */
public record Caller(String name, String org, boolean scopedToOrganisation) {
}
