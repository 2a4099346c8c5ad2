package org.opsdesk.notification.application.sending;

import java.util.function.Consumer;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.DeliveryFailure;
import org.opsdesk.notification.domain.Recipient;

/** One way out: SMTP, an SMS or voice gateway, a bulletin service, a webhook, the status page. */
public interface ChannelSender {

    Channel channel();

    /**
     * Sends to every recipient of {@code outgoing}, calling {@code delivered} for each one reached.
     * @throws DeliveryFailure retryable for timeouts, 5xx and transient SMTP replies; permanent otherwise
     */
    void send(Outgoing outgoing, Consumer<Recipient> delivered);
}
