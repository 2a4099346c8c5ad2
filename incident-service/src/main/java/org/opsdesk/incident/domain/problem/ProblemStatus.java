package org.opsdesk.incident.domain.problem;

import java.util.List;

/** OPEN → (root cause found) KNOWN_ERROR → RESOLVED (fixed for good) → CLOSED; an open problem may be resolved directly. */
public enum ProblemStatus {
    OPEN("incidents", "root-cause", "resolve"),
    KNOWN_ERROR("incidents", "root-cause", "resolve"),
    RESOLVED("close"),
    CLOSED;

    private final List<String> allowed;

    ProblemStatus(String... allowed) {
        this.allowed = List.of(allowed);
    }

    public boolean allows(String command) {
        return allowed.contains(command);
    }

    public List<String> allowedCommands() {
        return allowed;
    }
}
