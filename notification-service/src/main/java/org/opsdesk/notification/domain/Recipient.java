package org.opsdesk.notification.domain;

/** One addressee of a delivery: an email address, a phone number, a bulletin topic code or a webhook URL. */
public record Recipient(String name, String address) {
}
