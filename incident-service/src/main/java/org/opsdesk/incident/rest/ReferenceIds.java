package org.opsdesk.incident.rest;

import org.opsdesk.platform.errors.InvalidFieldException;

/** Reference data is named by readable ids (e.g. {@code payroll-portal}): given in the body of a POST, in the path of a PUT. */
final class ReferenceIds {

    static final String PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

    private ReferenceIds() {
    }

    static String forCreate(String field, String id) {
        if (id == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        return id;
    }

    static String forUpdate(String field, String pathId, String bodyId) {
        if (bodyId != null && !bodyId.equals(pathId)) {
            throw new InvalidFieldException(field, "differs from the one in the path; it cannot be changed");
        }
        return pathId;
    }
}
