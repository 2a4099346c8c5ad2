package org.opsdesk.notification.config;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigSourceInterceptorFactory;
import io.smallrye.config.FallbackConfigSourceInterceptor;

/**
 * The settings of this service were {@code notification.*} (environment {@code NOTIFICATION_*}) before they took the
 * {@code opsdesk.} prefix of the other services: a key not set under its new name is read under its old one, so a
 * deployment configured before the rename keeps working (docs/operations.md, "Upgrades").
 */
public class RenamedSettings implements ConfigSourceInterceptorFactory {

    private static final String PREFIX = "opsdesk.notification.";

    @Override
    public ConfigSourceInterceptor getInterceptor(ConfigSourceInterceptorContext context) {
        return new FallbackConfigSourceInterceptor(name -> name.startsWith(PREFIX) ? name.substring("opsdesk.".length()) : name);
    }
}
