package org.opsdesk.review.domain;

/** Someone a review names: owner, recipient, escalation contact. The email may be unknown. */
public record Person(String name, String email) {

    public static Person of(String name, String email) {
        return name == null && email == null ? null : new Person(name, email);
    }

    public boolean reachable() {
        return email != null && !email.isBlank();
    }
}
