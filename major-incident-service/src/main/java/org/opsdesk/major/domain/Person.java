package org.opsdesk.major.domain;

import jakarta.persistence.Embeddable;

/** Someone this service names: a coordinator, a team member, a reporter. {@code username} is their login. */
@Embeddable
public record Person(String name, String email, String phone, String username) {

    /** Whether the authenticated caller {@code principal} is this person (login, email or name). */
    public boolean isCalled(String principal) {
        return principal != null && (principal.equalsIgnoreCase(username) || principal.equalsIgnoreCase(email)
                || principal.equalsIgnoreCase(name));
    }
}
