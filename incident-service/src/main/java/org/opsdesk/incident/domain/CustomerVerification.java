package org.opsdesk.incident.domain;

/**
 * Before resolving, the service team verifies with the customer that the resolution is satisfactory (001 §5.8,
 * §6.2): either how the customer confirmed it, or why they did not. Exactly one of the two is set.
 */
public record CustomerVerification(ContactMethod confirmationMethod, UnconfirmedReason unconfirmedReason) {

    public CustomerVerification {
        if ((confirmationMethod == null) == (unconfirmedReason == null)) {
            throw new IllegalArgumentException("either how the customer confirmed or why they did not, not both");
        }
    }

    public static CustomerVerification confirmedBy(ContactMethod method) {
        return new CustomerVerification(method, null);
    }

    public static CustomerVerification unconfirmed(UnconfirmedReason reason) {
        return new CustomerVerification(null, reason);
    }

    public boolean confirmed() {
        return confirmationMethod != null;
    }
}
