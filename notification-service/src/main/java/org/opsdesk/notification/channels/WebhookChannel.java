package org.opsdesk.notification.channels;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opsdesk.notification.application.sending.ChannelSender;
import org.opsdesk.notification.application.sending.Outgoing;
import org.opsdesk.notification.application.WebhookSecrets;
import org.opsdesk.notification.application.WebhookTargets;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.DeliveryFailure;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.WebhookFormat;
import org.opsdesk.platform.text.Text;

/**
 * Webhooks: a Slack Block Kit message, a Microsoft Teams Workflows Adaptive Card or a Standard Webhooks event, per the
 * audience's format; every post signed per Standard Webhooks with the audience's secret, and refused before it leaves
 * when its target is not allowed (WebhookTargets: https, public addresses).
 */
@ApplicationScoped
public class WebhookChannel implements ChannelSender {

    private final HttpJson http;
    private final WebhookSecrets secrets;
    private final WebhookTargets targets;
    private final Clock clock;

    WebhookChannel(HttpJson http, WebhookSecrets secrets, WebhookTargets targets, Clock clock) {
        this.http = http;
        this.secrets = secrets;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Outgoing outgoing, Consumer<Recipient> delivered) {
        String body = http.json(payload(outgoing, clock.instant()));
        List<byte[]> keys = secrets.signingKeys(outgoing.audience());
        for (Recipient recipient : outgoing.recipients()) {
            targets.refusal(recipient.address()).ifPresent(reason -> {
                throw DeliveryFailure.permanent("webhook target refused: " + reason);
            });
            String id = "msg_" + outgoing.idempotencyKey(recipient);
            Map<String, String> headers = new LinkedHashMap<>(WebhookSignature.headers(id, clock.instant().getEpochSecond(), body, keys));
            headers.put(HttpJson.IDEMPOTENCY_KEY, outgoing.idempotencyKey(recipient));
            http.postRaw(recipient.address(), headers, body);
            delivered.accept(recipient);
        }
    }

    static Object payload(Outgoing outgoing, Instant now) {
        WebhookFormat format = outgoing.webhookFormat() == null ? WebhookFormat.SLACK : outgoing.webhookFormat();
        return switch (format) {
            case SLACK -> slack(outgoing);
            case TEAMS -> teams(outgoing);
            case STANDARD -> standard(outgoing, now);
        };
    }

    /** Slack Block Kit: {@code text} is the notification fallback, the blocks are what the channel shows. */
    static Map<String, Object> slack(Outgoing outgoing) {
        return Map.of("text", outgoing.message().subject(), "blocks", List.of(
                Map.of("type", "header", "text", Map.of("type", "plain_text", "text", Text.clip(outgoing.message().subject(), 150))),
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", Text.clip(outgoing.message().text(), 3000))),
                Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", state(outgoing))))));
    }

    /** A Teams Workflows webhook message: one Adaptive Card attachment. */
    static Map<String, Object> teams(Outgoing outgoing) {
        List<Object> body = new ArrayList<>();
        body.add(Map.of("type", "TextBlock", "text", outgoing.message().subject(), "weight", "Bolder", "size", "Medium", "wrap", true,
                "color", outgoing.resolution() ? "Good" : outgoing.stale() ? "Warning" : "Attention"));
        body.add(Map.of("type", "TextBlock", "text", outgoing.message().text().replace("\n", "\n\n"), "wrap", true));
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("body", body);
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.put("contentUrl", null);
        attachment.put("content", card);
        return Map.of("type", "message", "attachments", List.of(attachment));
    }

    /** A Standard Webhooks event: type, timestamp and the message as data. */
    static Map<String, Object> standard(Outgoing outgoing, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("deliveryId", outgoing.deliveryId().toString());
        data.put("subjectId", outgoing.subjectId() == null ? null : outgoing.subjectId().toString());
        data.put("audience", outgoing.audience());
        data.put("subject", outgoing.message().subject());
        data.put("text", outgoing.message().text());
        data.put("stale", outgoing.stale());
        data.put("resolution", outgoing.resolution());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", outgoing.resolution() ? "communication.resolution" : "communication.update");
        event.put("timestamp", now.toString());
        event.put("data", data);
        return event;
    }

    private static String state(Outgoing outgoing) {
        return outgoing.resolution() ? "Resolved" : outgoing.stale() ? "No new status since the last update" : "Update";
    }
}
