package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.incident.domain.alert.AlertSignal;
import org.opsdesk.incident.domain.alert.AlertState;
import org.opsdesk.incident.domain.alert.MonitoredAlert;

/**
 * Alert identities and their firings. Both are claimed with INSERT … ON CONFLICT DO NOTHING against unique
 * indexes: a concurrent post of the same alert waits for the first one's transaction and then finds its row.
 */
@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<MonitoredAlert, UUID> {

    /** @return the new active alert's id, or empty when the identity already has an active alert */
    public Optional<UUID> claimActive(AlertSignal signal, AlertState status, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = getEntityManager().createNativeQuery("""
                        insert into monitored_alert (id, source, dedup_key, active, status, occurrences, deliveries, summary,
                                                     severity, first_seen_at, last_seen_at, last_received_at, resolved_at)
                        values (?1, ?2, ?3, true, ?4, 1, 1, ?5, ?6, ?7, ?7, ?8, ?9)
                        on conflict (source, dedup_key) where active do nothing""")
                .setParameter(1, id).setParameter(2, signal.source().name()).setParameter(3, signal.dedupKey())
                .setParameter(4, status.name()).setParameter(5, truncate(signal.summary()))
                .setParameter(6, signal.severity() == null ? null : signal.severity().substring(0, Math.min(32, signal.severity().length()))).setParameter(7, signal.startedAt() == null ? now : signal.startedAt()).setParameter(8, now)
                .setParameter(9, status == AlertState.RESOLVED ? now : null)
                .executeUpdate();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    public Optional<MonitoredAlert> activeForUpdate(AlertSignal signal) {
        return find("source = ?1 and dedupKey = ?2 and active = true", signal.source(), signal.dedupKey())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public MonitoredAlert lock(UUID id) {
        return getEntityManager().find(MonitoredAlert.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** @return true when this firing was not known yet and is now recorded with {@code status} */
    public boolean claimEpisode(AlertSignal signal, AlertState status) {
        return getEntityManager().createNativeQuery("""
                        insert into alert_episode (source, dedup_key, starts_at, status) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, signal.source().name()).setParameter(2, signal.dedupKey())
                .setParameter(3, signal.episode()).setParameter(4, status.name())
                .executeUpdate() == 1;
    }

    public record Episode(UUID alertId, AlertState status) {
    }

    public record AlertIncident(UUID id, String number) {
    }

    /** A firing delivered again: only the receipt is counted, in one statement. @return the alert's incident */
    public Optional<AlertIncident> redelivered(AlertSignal signal, Instant now) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        update monitored_alert a set deliveries = a.deliveries + 1, last_received_at = ?4
                        from alert_episode e, incident i
                        where e.source = ?1 and e.dedup_key = ?2 and e.starts_at = ?3 and a.id = e.alert_id and i.id = a.incident_id
                        returning a.incident_id, i.number""", Object[].class)
                .setParameter(1, signal.source().name()).setParameter(2, signal.dedupKey()).setParameter(3, signal.episode())
                .setParameter(4, now)
                .getResultList();
        return rows.stream().findFirst().map(row -> new AlertIncident((UUID) row[0], (String) row[1]));
    }

    public Episode episodeForUpdate(AlertSignal signal) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        select alert_id, status from alert_episode where source = ?1 and dedup_key = ?2 and starts_at = ?3
                        for update""", Object[].class)
                .setParameter(1, signal.source().name()).setParameter(2, signal.dedupKey()).setParameter(3, signal.episode())
                .getSingleResult();
        return new Episode((UUID) row[0], AlertState.valueOf((String) row[1]));
    }

    public void updateEpisode(AlertSignal signal, UUID alertId, AlertState status) {
        getEntityManager().createNativeQuery("""
                        update alert_episode set alert_id = ?4, status = ?5 where source = ?1 and dedup_key = ?2 and starts_at = ?3""")
                .setParameter(1, signal.source().name()).setParameter(2, signal.dedupKey()).setParameter(3, signal.episode())
                .setParameter(4, alertId).setParameter(5, status.name())
                .executeUpdate();
    }

    public List<MonitoredAlert> ofIncident(UUID incidentId) {
        return list("incidentId", Sort.by("firstSeenAt"), incidentId);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 199) + "…";
    }
}
