package org.opsdesk.platform.events;

/** An event that can never be processed, whatever the retries: it goes to the dead-letter topic at once. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
