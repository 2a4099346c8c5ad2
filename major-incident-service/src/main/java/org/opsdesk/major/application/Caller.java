package org.opsdesk.major.application;

import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;

/** The authenticated caller: login name, email when the token has one, and the groups of the token. */
public record Caller(String name, String email, Set<String> groups) {

    public boolean inAny(Collection<String> wanted) {
        return wanted.stream().anyMatch(groups::contains);
    }

    /** Whether {@code isCalled} recognises the caller by login name or by email. */
    public boolean is(Predicate<String> isCalled) {
        return isCalled.test(name) || email != null && isCalled.test(email);
    }
}
