package org.opsdesk.incident.domain.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.opsdesk.platform.hash.Sha256;

/**
 * An integration key: {@value #PREFIX} and 256 random bits in base64url, so it is told apart from a JWT at a glance
 * and cannot be guessed. Only its SHA-256 is stored; the key itself is shown once, when minted.
 */
public record IntegrationKey(String secret, String hash) {

    public static final String PREFIX = "odk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static IntegrationKey mint() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IntegrationKey(secret, hashOf(secret));
    }

    /** Whether a credential has the shape of a key (and not of a JWT). */
    public static boolean looksLikeKey(String credential) {
        return credential != null && credential.startsWith(PREFIX) && credential.length() <= 100;
    }

    public static String hashOf(String secret) {
        return Sha256.hex(secret);
    }

    /** Compares two hashes in time independent of where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
