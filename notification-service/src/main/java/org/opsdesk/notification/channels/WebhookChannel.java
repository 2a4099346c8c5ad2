package org.opsdesk.notification.channels;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opsdesk.notification.application.ChannelSender;
import org.opsdesk.notification.application.Outgoing;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.WebhookFormat;

/** Chat webhooks: a Slack incoming-webhook message or a Microsoft Teams MessageCard, per the audience's format. */
@ApplicationScoped
public class WebhookChannel implements ChannelSender {

    private final HttpJson http;

    WebhookChannel(HttpJson http) {
        this.http = http;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Outgoing outgoing, Consumer<Recipient> delivered) {
        Object payload = outgoing.webhookFormat() == WebhookFormat.TEAMS ? teams(outgoing) : slack(outgoing);
        for (Recipient recipient : outgoing.recipients()) {
            http.post(recipient.address(), Map.of(HttpJson.IDEMPOTENCY_KEY, outgoing.idempotencyKey(recipient)), payload);
            delivered.accept(recipient);
        }
    }

    static Map<String, Object> slack(Outgoing outgoing) {
        return Map.of("text", outgoing.message().subject(),
                "blocks", List.of(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", outgoing.message().text()))));
    }

    static Map<String, Object> teams(Outgoing outgoing) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("@type", "MessageCard");
        card.put("@context", "https://schema.org/extensions");
        card.put("summary", outgoing.message().subject());
        card.put("title", outgoing.message().subject());
        card.put("themeColor", outgoing.resolution() ? "2E7D32" : outgoing.stale() ? "B35C00" : "C62828");
        card.put("text", outgoing.message().text().replace("\n", "\n\n"));
        return card;
    }
}
