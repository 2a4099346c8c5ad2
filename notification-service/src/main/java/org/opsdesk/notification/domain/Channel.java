package org.opsdesk.notification.domain;

/** How a message reaches its audience. STATUS_PAGE publishes to the public status page of this service. */
public enum Channel {
    EMAIL, SMS, VOICE, BULK, WEBHOOK, STATUS_PAGE
}
