package org.opsdesk.notification.channels;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.opsdesk.notification.application.sending.ChannelSender;
import org.opsdesk.notification.application.sending.Outgoing;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Recipient;

/** SMS through a Twilio-like gateway: one POST {"from", "to", "body"} per phone number. */
@ApplicationScoped
public class SmsChannel implements ChannelSender {

    private final HttpJson http;
    private final NotificationConfig.Gateway gateway;

    SmsChannel(HttpJson http, NotificationConfig config) {
        this.http = http;
        this.gateway = config.channels().sms();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Outgoing outgoing, Consumer<Recipient> delivered) {
        for (Recipient recipient : outgoing.recipients()) {
            http.post(gateway.url(), Map.of("Authorization", "Bearer " + gateway.token(), HttpJson.IDEMPOTENCY_KEY, outgoing.idempotencyKey(recipient)),
                    Map.of("from", gateway.from(), "to", recipient.address(), "body", outgoing.message().text()));
            delivered.accept(recipient);
        }
    }
}
