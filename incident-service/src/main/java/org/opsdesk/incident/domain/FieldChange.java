package org.opsdesk.incident.domain;

/** One field of an incident that a command changed; the history keeps it forever (IN-10). */
public record FieldChange(String field, String from, String to) {
}
