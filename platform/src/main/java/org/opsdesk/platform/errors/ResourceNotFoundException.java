package org.opsdesk.platform.errors;

/** The resource does not exist, or the caller may not know that it does (answered 404). */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
