package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Someone named on an event: a coordinator, a duty manager, a reporter, a help desk. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(String name, String email, String phone, String role, String url) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
