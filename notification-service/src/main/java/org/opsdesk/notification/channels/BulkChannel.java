package org.opsdesk.notification.channels;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.opsdesk.notification.application.sending.ChannelSender;
import org.opsdesk.notification.application.sending.Outgoing;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Recipient;

/**
 * BULK through a GovDelivery-style bulletin API: one bulletin to the audience's topics,
 * POST {url}/api/account/{account}/bulletins/send_now with the X-AUTH-TOKEN header.
 */
@ApplicationScoped
public class BulkChannel implements ChannelSender {

    private final HttpJson http;
    private final NotificationConfig.Bulk bulk;

    BulkChannel(HttpJson http, NotificationConfig config) {
        this.http = http;
        this.bulk = config.channels().bulk();
    }

    @Override
    public Channel channel() {
        return Channel.BULK;
    }

    @Override
    public void send(Outgoing outgoing, Consumer<Recipient> delivered) {
        Map<String, Object> bulletin = new LinkedHashMap<>();
        bulletin.put("subject", outgoing.message().subject());
        bulletin.put("body", outgoing.message().html() != null ? outgoing.message().html() : outgoing.message().text());
        bulletin.put("sms_body", outgoing.message().text());
        bulletin.put("topics", outgoing.recipients().stream().map(r -> Map.of("code", r.address())).toList());
        http.post(bulk.url() + "/api/account/" + bulk.account() + "/bulletins/send_now", Map.of("X-AUTH-TOKEN", bulk.token(), HttpJson.IDEMPOTENCY_KEY, outgoing.idempotencyKey()), bulletin);
        outgoing.recipients().forEach(delivered);
    }
}
