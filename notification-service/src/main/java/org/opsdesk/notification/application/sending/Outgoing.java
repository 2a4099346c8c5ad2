package org.opsdesk.notification.application.sending;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Message;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.WebhookFormat;

/**
 * A message on its way: the recipients still to reach (those already reached on an earlier attempt are left out).
 * Every attempt of a delivery sends the same idempotency keys, so a provider that saw the request before an attempt's
 * outcome was lost (a crash between the provider's answer and the commit) can drop the repeat.
 */
public record Outgoing(UUID deliveryId, UUID subjectId, String audience, Channel channel, List<Recipient> recipients, Message message,
                       WebhookFormat webhookFormat, boolean stale, boolean resolution) {

    /** The key of a request that carries the whole delivery (one bulletin, one email). */
    public String idempotencyKey() {
        return deliveryId.toString();
    }

    /** The key of one recipient's request (one SMS, call or webhook post per recipient); no address in clear. */
    public String idempotencyKey(Recipient recipient) {
        return UUID.nameUUIDFromBytes((deliveryId + " " + recipient.address()).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
