package org.opsdesk.e2e.security;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;
import org.opsdesk.platform.testing.Tokens;

/** The tokens of the security suites: one per role, and the ones every service must refuse. */
final class Callers {

    /** The organisation of the fixtures' incidents and of the {@code customer} token. */
    static final String ORGANISATION = "acme";
    /** The organisation of the customer who must not see them. */
    static final String OTHER_ORGANISATION = "globex";

    private static PrivateKey foreignKey;

    private Callers() {
    }

    /** A valid token of one role; a customer's names {@link #ORGANISATION}. */
    static String as(String role) {
        return Tokens.token("security." + role, "customer".equals(role) ? ORGANISATION : null, role);
    }

    static String named(String subject, String role) {
        return Tokens.token(subject, "customer".equals(role) ? ORGANISATION : null, role);
    }

    static String customerOf(String organisation) {
        return Tokens.token("security.customer." + organisation, organisation, "customer");
    }

    /** Signed with the dev key, issuer right, expired an hour ago. */
    static String expired(String role) {
        return Tokens.expired(role);
    }

    /** Everything right (issuer, claims, kid) except the key: a key pair made for this run. */
    static String otherKey(String role) {
        return Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("security.forger").upn("security.forger").groups(Set.of(role))
                .expiresIn(Duration.ofHours(1)).jws().keyId("opsdesk-dev").sign(foreignKey());
    }

    private static synchronized PrivateKey foreignKey() {
        if (foreignKey == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                foreignKey = generator.generateKeyPair().getPrivate();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return foreignKey;
    }
}
