package org.opsdesk.notification.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.platform.audit.ChangeLog;

/**
 * Standard Webhooks signing secrets, one per audience key: {@code whsec_} + base64 of 32 random bytes. Stored encrypted
 * (AES-256-GCM under {@code opsdesk.notification.channels.webhook.secret-key}); shown once, in the answer that minted it. A
 * rotation keeps the previous secret signing alongside the new one for {@code secret-overlap}. An audience that posts
 * before anyone minted its secret gets one (nobody has seen it: rotate to obtain one).
 */
@ApplicationScoped
public class WebhookSecrets {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Clock clock;
    private final NotificationConfig config;
    private final ChangeLog changeLog;
    private final SecretKeySpec key;

    WebhookSecrets(EntityManager em, Clock clock, NotificationConfig config, ChangeLog changeLog) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.changeLog = changeLog;
        byte[] raw = Base64.getDecoder().decode(config.channels().webhook().secretKey().trim());
        if (raw.length != 32) {
            throw new IllegalStateException("opsdesk.notification.channels.webhook.secret-key must be 32 bytes in base64, not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public record Minted(String audience, String secret, Instant createdAt, Instant previousValidUntil) {
    }

    /** Mints a new secret for {@code audience} (the caller's transaction); the previous one signs until the overlap ends. */
    public Minted rotate(String audience) {
        Instant now = clock.instant();
        String secret = PREFIX + Base64.getEncoder().encodeToString(random(32));
        Instant until = now.plus(config.channels().webhook().secretOverlap());
        int updated = em.createNativeQuery("update webhook_secret set previous = secret, previous_until = ?, secret = ?, created_at = ? "
                        + "where audience = ?")
                .setParameter(1, Timestamp.from(until)).setParameter(2, seal(secret)).setParameter(3, Timestamp.from(now))
                .setParameter(4, audience).executeUpdate();
        if (updated == 0) {
            insert(audience, secret, now);
            until = null;
        }
        changeLog.saved("webhook-secret", audience, null, new Rotation(now, until));
        return new Minted(audience, secret, now, until);
    }

    /** What the change log keeps of a rotation: when, never the secret. */
    record Rotation(Instant createdAt, Instant previousValidUntil) {
    }

    /** The HMAC keys a post to {@code audience} is signed with now: the current secret, and the previous in its overlap. */
    public List<byte[]> signingKeys(String audience) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into webhook_secret (audience, secret, created_at) values (?, ?, ?) on conflict do nothing")
                    .setParameter(1, audience).setParameter(2, seal(PREFIX + Base64.getEncoder().encodeToString(random(32))))
                    .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
            Object[] row = (Object[]) em.createNativeQuery("select secret, previous, previous_until from webhook_secret where audience = ?")
                    .setParameter(1, audience).getSingleResult();
            List<byte[]> keys = new ArrayList<>(List.of(keyOf(open((String) row[0]))));
            if (row[1] != null && row[2] != null && toInstant(row[2]).isAfter(clock.instant())) {
                keys.add(keyOf(open((String) row[1])));
            }
            return keys;
        });
    }

    private void insert(String audience, String secret, Instant now) {
        em.createNativeQuery("insert into webhook_secret (audience, secret, created_at) values (?, ?, ?)")
                .setParameter(1, audience).setParameter(2, seal(secret)).setParameter(3, Timestamp.from(now)).executeUpdate();
    }

    /** The HMAC key of a {@code whsec_} secret: the bytes its base64 part decodes to. */
    public static byte[] keyOf(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    private String seal(String secret) {
        try {
            byte[] iv = random(12);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    private String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a webhook secret (was opsdesk.notification.channels.webhook.secret-key changed?)", e);
        }
    }

    private static Instant toInstant(Object value) {
        return value instanceof Instant instant ? instant : value instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : ((Timestamp) value).toInstant();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
