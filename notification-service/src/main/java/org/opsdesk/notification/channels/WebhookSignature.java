package org.opsdesk.notification.channels;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: {@code webhook-signature} is {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, one
 * per key, space-delimited (two during a secret's rotation overlap); {@code webhook-timestamp} in Unix seconds.
 */
final class WebhookSignature {

    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";

    private WebhookSignature() {
    }

    static Map<String, String> headers(String id, long timestamp, String body, List<byte[]> keys) {
        String signed = id + "." + timestamp + "." + body;
        String signatures = keys.stream().map(key -> "v1," + hmac(key, signed)).collect(Collectors.joining(" "));
        return Map.of(ID, id, TIMESTAMP, Long.toString(timestamp), SIGNATURE, signatures);
    }

    private static String hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
