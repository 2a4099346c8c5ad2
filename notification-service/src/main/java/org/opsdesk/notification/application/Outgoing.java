package org.opsdesk.notification.application;

import java.util.List;
import java.util.UUID;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Message;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.WebhookFormat;

/** A message on its way: the recipients still to reach (those already reached on an earlier attempt are left out). */
public record Outgoing(UUID deliveryId, UUID subjectId, Channel channel, List<Recipient> recipients, Message message,
                       WebhookFormat webhookFormat, boolean stale, boolean resolution) {
}
