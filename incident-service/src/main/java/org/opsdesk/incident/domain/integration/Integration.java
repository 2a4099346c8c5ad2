package org.opsdesk.incident.domain.integration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A monitoring system that posts alerts with its own keys (issue 14). Its default service and customer organisation
 * apply to an alert that names none. Revoking it ends every key at once, for good.
 */
@Entity
public class Integration {

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private IntegrationKind kind;
    private String defaultService;
    private String defaultCustomerOrg;
    private Instant createdAt;
    private Instant keyRotatedAt;
    private Instant revokedAt;
    @Version
    private long version;

    protected Integration() {
    }

    public Integration(String name, IntegrationKind kind, String defaultService, String defaultCustomerOrg, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.kind = kind;
        this.defaultService = defaultService;
        this.defaultCustomerOrg = defaultCustomerOrg;
        this.createdAt = now;
    }

    /** @return false when it was revoked already (nothing changes) */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public void keyRotated(Instant now) {
        keyRotatedAt = now;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public IntegrationKind kind() { return kind; }
    public String defaultService() { return defaultService; }
    public String defaultCustomerOrg() { return defaultCustomerOrg; }
    public Instant createdAt() { return createdAt; }
    public Instant keyRotatedAt() { return keyRotatedAt; }
    public Instant revokedAt() { return revokedAt; }
}
