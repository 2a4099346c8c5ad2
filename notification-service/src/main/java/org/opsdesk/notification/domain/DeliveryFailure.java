package org.opsdesk.notification.domain;

/** A channel could not deliver; {@code retryable} for timeouts, 5xx and transient SMTP replies, not for 4xx. */
public class DeliveryFailure extends RuntimeException {

    private final boolean retryable;

    public DeliveryFailure(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    public static DeliveryFailure retryable(String reason) {
        return new DeliveryFailure(reason, true);
    }

    public static DeliveryFailure permanent(String reason) {
        return new DeliveryFailure(reason, false);
    }

    public boolean retryable() {
        return retryable;
    }
}
