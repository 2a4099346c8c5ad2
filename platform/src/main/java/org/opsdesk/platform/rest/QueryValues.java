package org.opsdesk.platform.rest;

import java.util.UUID;
import org.opsdesk.platform.errors.InvalidFieldException;

/**
 * Query values read as text and then parsed here, so that a malformed one is a 400 problem naming the parameter
 * (a typed {@code @QueryParam UUID} that fails to convert would answer 404).
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** Null for an absent or blank value. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(name, "must be a UUID");
        }
    }
}
