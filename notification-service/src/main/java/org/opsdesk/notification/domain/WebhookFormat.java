package org.opsdesk.notification.domain;

/** The JSON a webhook receives: a Slack incoming webhook or a Microsoft Teams connector card. */
public enum WebhookFormat {
    SLACK, TEAMS
}
