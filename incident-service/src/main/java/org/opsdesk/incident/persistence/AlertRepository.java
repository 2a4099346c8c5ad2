package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opsdesk.incident.domain.alert.AlertSignal;
import org.opsdesk.incident.domain.alert.AlertSource;
import org.opsdesk.incident.domain.alert.AlertState;
import org.opsdesk.incident.domain.alert.MonitoredAlert;
import org.opsdesk.platform.text.Text;

/**
 * Alert identities and their firings. Both are claimed with INSERT … ON CONFLICT DO NOTHING against unique
 * indexes: a concurrent post of the same alert waits for the first one's transaction and then finds its row. The
 * firings of one post are claimed, and its redelivered firings counted, a statement for many.
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
                .setParameter(4, status.name()).setParameter(5, Text.clip(signal.summary(), 200))
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

    /** One firing of an alert identity (Alertmanager: fingerprint + startsAt). */
    public record EpisodeKey(AlertSource source, String dedupKey, String episode) {
        public static EpisodeKey of(AlertSignal signal) {
            return new EpisodeKey(signal.source(), signal.dedupKey(), signal.episode());
        }
    }

    public record Episode(UUID alertId, AlertState status) {
    }

    public record AlertIncident(UUID id, String number) {
    }

    /**
     * Records the firings not known yet, each with the state it arrived in, in one statement; rows are inserted in
     * the order given, so concurrent posts of overlapping groups wait for each other in one order.
     *
     * @param signals one per firing, each with an episode
     * @return the firings that were new
     */
    @SuppressWarnings("unchecked")
    public Set<EpisodeKey> claimEpisodes(List<AlertSignal> signals) {
        if (signals.isEmpty()) {
            return Set.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        insert into alert_episode (source, dedup_key, starts_at, status)
                        select * from unnest(cast(?1 as varchar[]), cast(?2 as varchar[]), cast(?3 as varchar[]), cast(?4 as varchar[]))
                        on conflict do nothing
                        returning source, dedup_key, starts_at""", Object[].class)
                .setParameter(1, column(signals, s -> s.source().name())).setParameter(2, column(signals, AlertSignal::dedupKey))
                .setParameter(3, column(signals, AlertSignal::episode)).setParameter(4, column(signals, s -> s.arriving().name()))
                .getResultList();
        return rows.stream().map(row -> new EpisodeKey(AlertSource.valueOf((String) row[0]), (String) row[1], (String) row[2]))
                .collect(Collectors.toSet());
    }

    /**
     * Firings delivered again: only the receipts of their alerts are counted, in one statement that locks the alerts
     * in the order given.
     *
     * @return the incident each firing's alert feeds
     */
    @SuppressWarnings("unchecked")
    public Map<EpisodeKey, AlertIncident> redelivered(List<AlertSignal> signals, Instant now) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        with firing as (
                            select e.source, e.dedup_key, e.starts_at, a.id as alert_id, a.incident_id, i.number
                            from unnest(cast(?1 as varchar[]), cast(?2 as varchar[]), cast(?3 as varchar[]))
                                     with ordinality as p(source, dedup_key, starts_at, position)
                            join alert_episode e on e.source = p.source and e.dedup_key = p.dedup_key and e.starts_at = p.starts_at
                            join monitored_alert a on a.id = e.alert_id
                            join incident i on i.id = a.incident_id
                            order by p.position
                            for update of a),
                        counted as (
                            update monitored_alert a set deliveries = a.deliveries + f.times, last_received_at = ?4
                            from (select alert_id, count(*) as times from firing group by alert_id) f
                            where a.id = f.alert_id)
                        select source, dedup_key, starts_at, incident_id, number from firing""", Object[].class)
                .setParameter(1, column(signals, s -> s.source().name())).setParameter(2, column(signals, AlertSignal::dedupKey))
                .setParameter(3, column(signals, AlertSignal::episode)).setParameter(4, now)
                .getResultList();
        Map<EpisodeKey, AlertIncident> incidents = new HashMap<>();
        rows.forEach(row -> incidents.put(new EpisodeKey(AlertSource.valueOf((String) row[0]), (String) row[1], (String) row[2]),
                new AlertIncident((UUID) row[3], (String) row[4])));
        return incidents;
    }

    private static String[] column(List<AlertSignal> signals, Function<AlertSignal, String> value) {
        return signals.stream().map(value).toArray(String[]::new);
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

    /** Each alert identity (source and key) feeding the incident → the incidents it fed that were resolved since. */
    public Map<String, Set<UUID>> sameAlertIncidentsResolvedSince(UUID incidentId, Instant since) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select mine.source, mine.dedupKey, other.incidentId from MonitoredAlert mine, MonitoredAlert other, Incident i
                        where mine.incidentId = :incident and other.source = mine.source and other.dedupKey = mine.dedupKey
                          and i.id = other.incidentId and i.resolvedAt >= :since""", Object[].class)
                .setParameter("incident", incidentId).setParameter("since", since).getResultList();
        Map<String, Set<UUID>> incidents = new LinkedHashMap<>();
        rows.forEach(row -> incidents.computeIfAbsent(row[0] + " " + row[1], identity -> new LinkedHashSet<>()).add((UUID) row[2]));
        return incidents;
    }

    public List<MonitoredAlert> ofIncident(UUID incidentId) {
        return list("incidentId", Sort.by("firstSeenAt"), incidentId);
    }
}
