package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.integration.Integration;
import org.opsdesk.incident.domain.integration.IntegrationKey;
import org.opsdesk.incident.domain.integration.IntegrationKind;
import org.opsdesk.incident.persistence.IntegrationRepository;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.audit.ChangeLog.Action;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;

/**
 * Monitoring integrations and their keys (issue 14): minted here, shown once, stored as SHA-256 hashes; a rotation
 * keeps the previous key for the configured overlap; revoking ends every key. Each change is in the change log and
 * published ({@code incident.integration-changed}), never with a key or a hash.
 */
@ApplicationScoped
public class IntegrationService {

    static final String KIND = "integration";

    /** An integration with the key just minted for it, which nobody can read again. */
    public record Minted(Integration integration, String key, Instant previousKeyExpiresAt) {
    }

    private final IntegrationRepository integrations;
    private final ReferenceCache reference;
    private final ChangeLog changeLog;
    private final ReferenceEventPublisher events;
    private final IncidentConfig.Integrations config;
    private final Clock clock;

    IntegrationService(IntegrationRepository integrations, ReferenceCache reference, ChangeLog changeLog,
                       ReferenceEventPublisher events, IncidentConfig config, Clock clock) {
        this.integrations = integrations;
        this.reference = reference;
        this.changeLog = changeLog;
        this.events = events;
        this.config = config.alerts().integrations();
        this.clock = clock;
    }

    public List<Integration> all() {
        return integrations.all();
    }

    public Integration get(UUID id) {
        return integrations.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("integration", id.toString()));
    }

    @Transactional
    public Minted create(String name, IntegrationKind kind, String defaultService, String defaultCustomerOrg) {
        if (integrations.named(name).isPresent()) {
            throw new ConflictException("an integration named " + name + " exists already");
        }
        if (defaultService != null && !reference.current().inCatalog(defaultService)) {
            throw new InvalidFieldException("defaultService", "unknown service " + defaultService);
        }
        Instant now = Moments.now(clock);
        Integration integration = new Integration(name, kind, defaultService, defaultCustomerOrg, now);
        integrations.persist(integration);
        IntegrationKey key = IntegrationKey.mint();
        integrations.addKey(integration.id(), key.hash(), now);
        changeLog.record(KIND, integration.id().toString(), Action.CREATED, "name: %s, kind: %s, defaultService: %s, defaultCustomerOrg: %s"
                .formatted(name, kind, defaultService, defaultCustomerOrg));
        events.integration(integration, Action.CREATED);
        return new Minted(integration, key.secret(), null);
    }

    /** A new key; the keys valid until now stay valid for the overlap (or less, when they were to end sooner). */
    @Transactional
    public Minted rotate(UUID id) {
        Integration integration = active(id);
        Instant now = Moments.now(clock);
        Instant until = now.plus(config.rotationOverlap());
        integrations.expireKeys(id, until);
        IntegrationKey key = IntegrationKey.mint();
        integrations.addKey(id, key.hash(), now);
        integration.keyRotated(now);
        changeLog.record(KIND, id.toString(), Action.UPDATED, "key rotated; the previous key works until " + until);
        events.integration(integration, Action.UPDATED);
        return new Minted(integration, key.secret(), until);
    }

    /** Ends every key at once; revoking again changes nothing. */
    @Transactional
    public Integration revoke(UUID id) {
        Integration integration = get(id);
        Instant now = Moments.now(clock);
        if (integration.revoke(now)) {
            integrations.expireKeys(id, now);
            changeLog.record(KIND, id.toString(), Action.UPDATED, "revoked: every key ends");
            events.integration(integration, Action.UPDATED);
        }
        return integration;
    }

    /** The integration a key opens: the key is known, not expired, and its integration not revoked. */
    @Transactional
    public Optional<Integration> authenticate(String key) {
        if (!IntegrationKey.looksLikeKey(key)) {
            return Optional.empty();
        }
        String hash = IntegrationKey.hashOf(key);
        return integrations.owner(hash, Moments.now(clock))
                .filter(owner -> IntegrationKey.sameHash(owner.hash(), hash))
                .flatMap(owner -> integrations.findByIdOptional(owner.integrationId()))
                .filter(integration -> !integration.revoked());
    }

    private Integration active(UUID id) {
        Integration integration = get(id);
        if (integration.revoked()) {
            throw new ConflictException("integration " + id + " is revoked; create a new one");
        }
        return integration;
    }
}
