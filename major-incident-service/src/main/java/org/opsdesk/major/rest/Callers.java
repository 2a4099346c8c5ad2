package org.opsdesk.major.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.opsdesk.major.application.Caller;

/** The caller of the current request, from the bearer token. */
@ApplicationScoped
public class Callers {

    private final JsonWebToken token;

    Callers(JsonWebToken token) {
        this.token = token;
    }

    public Caller current() {
        Set<String> groups = token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
        String email = token.getClaim("email");
        return new Caller(token.getName(), email, groups);
    }
}
