package org.opsdesk.incident.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opsdesk.incident.application.IntegrationService;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.integration.Integration;
import org.opsdesk.incident.domain.integration.IntegrationKey;
import org.opsdesk.platform.errors.DatabaseFailures;
import org.opsdesk.platform.security.Roles;

/**
 * Authenticates monitoring integrations by their keys (docs/integrations.md), ahead of the JWT mechanism: a key as
 * {@code Authorization: Bearer odk_…}, in the path of the Alertmanager and Grafana routes for senders that cannot set
 * headers, or as the {@code routing_key} of a PagerDuty Events body without an Authorization header. Anything else
 * (a JWT) is left to the next mechanism. The identity is {@code integration:<name>} with the alert-posting role and
 * the integration as an attribute ({@link AlertSender}). While the database is unavailable the sender is asked to
 * retry ({@link RetryLater}).
 */
@ApplicationScoped
public class IntegrationKeyMechanism implements HttpAuthenticationMechanism {

    static final String INTEGRATION = "opsdesk.integration";
    static final Set<String> PAGERDUTY_PATHS = Set.of("/v2/enqueue", "/api/v1/alerts/events");
    private static final Pattern KEY_IN_PATH = Pattern.compile("/api/v1/alerts/(?:alertmanager|grafana)/([^/]+)");
    private static final String BEARER = "bearer ";

    private final IntegrationService integrations;
    private final Duration retryAfter;
    private final long maxBodyBytes;

    IntegrationKeyMechanism(IntegrationService integrations, IncidentConfig config,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.integrations = integrations;
        this.retryAfter = Duration.ofSeconds(config.alerts().integrations().retryAfterSeconds());
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    /**
     * The PagerDuty Events bodies of senders without an Authorization header are read before authentication, so their
     * routing_key can be looked at; a caller with a token has its body read by the resource as usual (read twice, an
     * empty body would never end).
     */
    void readPagerDutyBodies(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        PAGERDUTY_PATHS.forEach(path -> router.post(path).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(context -> {
            if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
                bodies.handle(context);
            } else {
                context.next();
            }
        }));
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String key = keyOf(context);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        int retryStatus = PAGERDUTY_PATHS.contains(context.normalizedPath()) ? 429 : 503;
        return Uni.createFrom().item(() -> integrations.authenticate(key))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(DatabaseFailures::unavailable)
                .transform(e -> new RetryLater(retryStatus, retryAfter, "the service's database is unavailable; retry later"))
                .onItem().transform(found -> found.map(IntegrationKeyMechanism::identity)
                        .orElseThrow(() -> new AuthenticationFailedException("unknown, expired or revoked integration key")));
    }

    private static SecurityIdentity identity(Integration integration) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("integration:" + integration.name()))
                .addRole(Roles.MONITORING)
                .addAttribute(INTEGRATION, AlertSender.of(integration))
                .build();
    }

    /** A key in the path is the credential of its route, whatever else the request carries. */
    private static String keyOf(RoutingContext context) {
        Matcher inPath = KEY_IN_PATH.matcher(context.normalizedPath());
        if (inPath.matches()) {
            return inPath.group(1);
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            boolean bearer = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
            String credential = bearer ? authorization.substring(BEARER.length()).strip() : null;
            return IntegrationKey.looksLikeKey(credential) ? credential : null;
        }
        return PAGERDUTY_PATHS.contains(context.normalizedPath()) ? routingKey(context) : null;
    }

    private static String routingKey(RoutingContext context) {
        try {
            JsonObject body = context.body().available() ? context.body().asJsonObject() : null;
            Object key = body == null ? null : body.getValue("routing_key");
            return key instanceof String text ? text : null;
        } catch (RuntimeException e) {
            return null; // not a JSON object: the resource refuses it after authentication
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // the JWT mechanism's Bearer challenge serves for both
    }

    /** Ahead of the JWT mechanism (1000), which would refuse a key as a malformed token. */
    @Override
    public int getPriority() {
        return 2000;
    }
}
