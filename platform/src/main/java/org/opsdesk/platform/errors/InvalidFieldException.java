package org.opsdesk.platform.errors;

/** One field of the request is invalid for a reason bean validation cannot see (answered 400). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
