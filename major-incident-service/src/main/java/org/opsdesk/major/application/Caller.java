package org.opsdesk.major.application;

import java.util.Collection;
import java.util.Set;

/** The authenticated caller: login name, email when the token has one, and the groups of the token. */
public record Caller(String name, String email, Set<String> groups) {

    public boolean inAny(Collection<String> wanted) {
        return wanted.stream().anyMatch(groups::contains);
    }
}
