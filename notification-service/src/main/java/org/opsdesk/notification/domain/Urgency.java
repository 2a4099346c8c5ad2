package org.opsdesk.notification.domain;

/** How urgent a personal notice is: it picks the person's channels (high: SMS and voice, then email; low: email). */
public enum Urgency {
    HIGH, LOW
}
