package org.opsdesk.incident.domain;

import jakarta.persistence.Embeddable;

/** A person to reach: a reporter, a manager on an escalation path. */
@Embeddable
public record Contact(String name, String email, String phone) {
}
