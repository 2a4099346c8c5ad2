package org.opsdesk.platform.errors;

/** An {@code If-Match} that names a version other than the current one (answered 412, RFC 9110). */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String kind, long currentVersion, long expectedVersion) {
        super("the " + kind + " is at version " + currentVersion + ", not " + expectedVersion + "; read it again and retry");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
