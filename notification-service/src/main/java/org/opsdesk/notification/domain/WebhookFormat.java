package org.opsdesk.notification.domain;

/**
 * The JSON a webhook receives. Every post is signed per Standard Webhooks whatever its format.
 * <ul>
 *   <li>{@code SLACK}: a Slack incoming-webhook message in Block Kit (header, section, context blocks);</li>
 *   <li>{@code TEAMS}: a Microsoft Teams Workflows ("when a Teams webhook request is received") message carrying an
 *       Adaptive Card 1.4 attachment;</li>
 *   <li>{@code STANDARD}: a Standard Webhooks event {@code {"type", "timestamp", "data"}} for ITSM tools and own receivers.</li>
 * </ul>
 */
public enum WebhookFormat {
    SLACK, TEAMS, STANDARD
}
