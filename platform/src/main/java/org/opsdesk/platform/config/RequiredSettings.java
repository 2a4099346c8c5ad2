package org.opsdesk.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Set;

/**
 * Settings every deployment must give, mapped without defaults so that a start without one of them stops at once
 * with the key named (SRCFG00014 "The config property … is required"), before the database or the broker is touched.
 * Only the dev profile (and tests, whose parent profile it is) has values for them; production has none to fall back
 * to (docs/operations.md, "Configuration that fails fast").
 */
public final class RequiredSettings {

    private RequiredSettings() {
    }

    /** The service's database role. */
    @ConfigMapping(prefix = "quarkus.datasource")
    public interface Database {
        String username();

        String password();
    }

    /** How bearer tokens are verified: the OIDC provider's issuer, its JWKS and this deployment's audience. */
    @ConfigMapping(prefix = "mp.jwt.verify")
    public interface TokenVerification {
        String issuer();

        @WithName("publickey.location")
        String publicKeyLocation();

        Set<String> audiences();
    }
}
