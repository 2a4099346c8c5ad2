package org.opsdesk.platform.config;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Settings every deployment must give, checked when the configuration is read, before the database or the broker is
 * touched: a start without one of them stops with the key named. Only the dev profile (and tests, whose parent
 * profile it is) has values for them (docs/operations.md, "Configuration that fails fast").
 */
@Startup
@ApplicationScoped
public class RequiredSettings {

    RequiredSettings(TokenVerification tokens, Present present) {
        // injecting the mappings registers them: SmallRye Config then maps them when it reads the configuration
    }

    /**
     * The database role, optional to Quarkus but not here: {@code opsdesk.required.database-username=${quarkus.datasource.username}}
     * cannot be expanded without it (SRCFG00011 "Could not expand value quarkus.datasource.username in property …").
     */
    @ConfigMapping(prefix = "opsdesk.required")
    public interface Present {
        String databaseUsername();

        String databasePassword();
    }

    /** How bearer tokens are verified: the OIDC provider's issuer, its JWKS and this deployment's audience (SRCFG00014). */
    @ConfigMapping(prefix = "mp.jwt.verify")
    public interface TokenVerification {
        String issuer();

        @WithName("publickey.location")
        String publicKeyLocation();

        Set<String> audiences();
    }
}
