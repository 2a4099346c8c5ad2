package org.opsdesk.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/** Bearer tokens signed with the dev key, as `deploy/local/token` prints them. */
public final class Tokens {

    public static final String ISSUER = "https://opsdesk.local/dev";
    /** The audience the dev profile verifies ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "opsdesk";
    private static PrivateKey key;

    private Tokens() {
    }

    public static String token(String name, String org, String... roles) {
        return signed(AUDIENCE, name, org, roles);
    }

    /** A token for another audience (another application of the same OIDC provider), right in every other respect. */
    public static String forAudience(String audience, String... roles) {
        return signed(audience, "tester", null, roles);
    }

    private static String signed(String audience, String name, String org, String... roles) {
        var builder = Jwt.issuer(ISSUER).audience(audience).subject(name).upn(name).groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1));
        if (org != null) {
            builder.claim("org", org);
        }
        return builder.jws().keyId("opsdesk-dev").sign(key());
    }

    public static String bearer(String name, String org, String... roles) {
        return "Bearer " + token(name, org, roles);
    }

    public static String bearer(String... roles) {
        return bearer("tester", null, roles);
    }

    public static String expired(String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("tester").groups(Set.of(roles))
                .issuedAt(System.currentTimeMillis() / 1000 - 7200).expiresAt(System.currentTimeMillis() / 1000 - 3600)
                .jws().keyId("opsdesk-dev").sign(key());
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            try {
                key = KeyUtils.decodePrivateKey(Files.readString(ProjectFiles.resolve("deploy/local/dev-keys/private.pem")));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the dev signing key", e);
            }
        }
        return key;
    }
}
