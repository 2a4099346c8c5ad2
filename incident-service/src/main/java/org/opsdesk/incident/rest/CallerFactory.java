package org.opsdesk.incident.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.opsdesk.incident.application.Caller;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.platform.security.Roles;

/** The caller of the current request: token name, organisation claim, and whether its roles see every organisation. */
@RequestScoped
public class CallerFactory {

    private final SecurityIdentity identity;
    private final IncidentConfig config;

    CallerFactory(SecurityIdentity identity, IncidentConfig config) {
        this.identity = identity;
        this.config = config;
    }

    public Caller caller() {
        String org = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(Roles.ORG_CLAIM) : null;
        boolean scoped = config.access().allOrganisations().stream().noneMatch(identity::hasRole);
        return new Caller(identity.getPrincipal().getName(), org, scoped);
    }
}
