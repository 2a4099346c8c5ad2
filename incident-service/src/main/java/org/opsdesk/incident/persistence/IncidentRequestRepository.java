package org.opsdesk.incident.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The idempotency keys of incident requests. A key is claimed with INSERT … ON CONFLICT DO NOTHING: a concurrent
 * request with the same key waits for the first one's transaction, then finds its row (or, if it rolled back, claims
 * the key itself).
 */
@ApplicationScoped
public class IncidentRequestRepository {

    /** The request a key was first used for: the hash of its content and the incident it opened. */
    public record Prior(String requestHash, UUID incidentId) {
    }

    private final EntityManager em;

    IncidentRequestRepository(EntityManager em) {
        this.em = em;
    }

    /** @return true when the key is new for the caller, false when an earlier request used it */
    public boolean claim(String caller, String key, String requestHash, Instant now) {
        return em.createNativeQuery("""
                        insert into incident_request (caller, idempotency_key, request_hash, received_at)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .executeUpdate() == 1;
    }

    public Optional<Prior> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, incident_id from incident_request where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(row -> new Prior((String) row[0], (UUID) row[1]));
    }

    public void attach(String caller, String key, UUID incidentId) {
        em.createNativeQuery("update incident_request set incident_id = ?3 where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, incidentId).executeUpdate();
    }

    public int forgetBefore(Instant cutoff) {
        return em.createNativeQuery("delete from incident_request where received_at < ?1").setParameter(1, cutoff).executeUpdate();
    }
}
