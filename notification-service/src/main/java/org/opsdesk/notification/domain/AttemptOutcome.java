package org.opsdesk.notification.domain;

/** The result of one attempt: delivered, to be retried, or given up on. */
public enum AttemptOutcome {
    SENT, RETRY, FAILED
}
