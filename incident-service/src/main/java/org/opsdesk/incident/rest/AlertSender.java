package org.opsdesk.incident.rest;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.UUID;
import org.opsdesk.incident.domain.alert.AlertDefaults;
import org.opsdesk.incident.domain.integration.Integration;
import org.opsdesk.incident.domain.integration.IntegrationKind;
import org.opsdesk.platform.errors.AccessDeniedException;

/**
 * Who posts alerts: an integration (authenticated by its key, with its defaults) or the subject of a JWT with the
 * alert-posting role (no defaults). {@code name} is the source the rate limit counts.
 */
record AlertSender(String name, UUID integrationId, IntegrationKind kind, AlertDefaults defaults) {

    static AlertSender of(Integration integration) {
        return new AlertSender("integration:" + integration.name(), integration.id(), integration.kind(),
                new AlertDefaults(integration.defaultService(), integration.defaultCustomerOrg()));
    }

    /** The sender of this request on a route for {@code route} alerts: an integration's key opens its kind's route only. */
    static AlertSender posting(SecurityIdentity identity, IntegrationKind route) {
        AlertSender integration = identity.getAttribute(IntegrationKeyMechanism.INTEGRATION);
        if (integration == null) {
            return new AlertSender(identity.getPrincipal().getName(), null, null, AlertDefaults.NONE);
        }
        if (integration.kind() != route) {
            throw new AccessDeniedException("the key of " + integration.name() + " is for " + integration.kind()
                    + " alerts, not " + route + " (docs/integrations.md)");
        }
        return integration;
    }
}
