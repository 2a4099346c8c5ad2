package org.opsdesk.platform.errors;

/** The caller is known but may not do this (answered 403); the message says who may. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
