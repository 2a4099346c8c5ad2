package org.opsdesk.notification.domain;

/** A rendered message: subject line, plain text and HTML (HTML may be null for text-only channels). */
public record Message(String subject, String text, String html) {
}
