package org.opsdesk.platform.config;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settings every deployment must give although Quarkus or SmallRye JWT treat them as optional: the database role and
 * how bearer tokens are verified (the OIDC provider's issuer, its JWKS, this deployment's audience). Each is read
 * through an expression, {@code opsdesk.required.database-username=${quarkus.datasource.username}} and so on
 * (microprofile-config.properties), which cannot be expanded without it; the mapping is read with the configuration,
 * so such a start stops before the database or the broker is touched, naming every missing key (SRCFG00011 "Could
 * not expand value quarkus.datasource.username in property opsdesk.required.database-username"). Only the dev
 * profile (and tests, whose parent profile it is) has values (docs/operations.md, "Configuration that fails fast").
 */
@Startup
@ApplicationScoped
public class RequiredSettings {

    RequiredSettings(Present present) {
        // injecting the mapping registers it: SmallRye Config then maps it when it reads the configuration
    }

    @ConfigMapping(prefix = "opsdesk.required")
    public interface Present {
        String databaseUsername();

        String databasePassword();

        String tokenIssuer();

        String tokenKeys();

        String tokenAudiences();
    }
}
