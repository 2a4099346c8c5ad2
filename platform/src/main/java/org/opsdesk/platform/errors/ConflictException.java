package org.opsdesk.platform.errors;

/** The request is valid but conflicts with the current state (answered 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
