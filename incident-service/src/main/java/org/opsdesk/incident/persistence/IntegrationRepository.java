package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.incident.domain.integration.Integration;
import org.opsdesk.platform.persistence.NativeColumns;

/** Integrations and the hashes of their keys ({@code integration_key}: a key with an expiry is a rotated one). */
@ApplicationScoped
public class IntegrationRepository implements PanacheRepositoryBase<Integration, UUID> {

    /** The integration a key hash belongs to, with the stored hash, while the key is valid at {@code now}. */
    public record KeyOwner(UUID integrationId, String hash) {
    }

    public List<Integration> all() {
        return listAll(Sort.by("name"));
    }

    public Optional<Integration> named(String name) {
        return find("name", name).firstResultOptional();
    }

    public void addKey(UUID integrationId, String hash, Instant now) {
        getEntityManager().createNativeQuery(
                        "insert into integration_key (key_hash, integration_id, created_at) values (?, ?, ?)")
                .setParameter(1, hash).setParameter(2, integrationId).setParameter(3, now).executeUpdate();
    }

    /** Ends every key of the integration still valid at {@code until} at {@code until} (earlier expiries stay). */
    public void expireKeys(UUID integrationId, Instant until) {
        getEntityManager().createNativeQuery("update integration_key set expires_at = ? where integration_id = ?"
                        + " and (expires_at is null or expires_at > ?)")
                .setParameter(1, until).setParameter(2, integrationId).setParameter(3, until).executeUpdate();
    }

    public Optional<KeyOwner> owner(String hash, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select integration_id, key_hash from integration_key"
                        + " where key_hash = ? and (expires_at is null or expires_at > ?)")
                .setParameter(1, hash).setParameter(2, now).getResultList();
        return rows.stream().findFirst().map(row -> new KeyOwner((UUID) row[0], ((String) row[1]).trim()));
    }

    /** When the keys of the integration that are still valid at {@code now} expire; null for one that does not. */
    public List<Instant> keyExpiries(UUID integrationId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> rows = getEntityManager().createNativeQuery("select expires_at from integration_key"
                        + " where integration_id = ? and (expires_at is null or expires_at > ?) order by expires_at nulls last")
                .setParameter(1, integrationId).setParameter(2, now).getResultList();
        return rows.stream().map(NativeColumns::instant).toList();
    }
}
