package org.opsdesk.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.platform.persistence.NativeColumns;

/** What this service learned about major incidents from major-incident.* events (report header, metrics). */
@ApplicationScoped
public class MajorIncidentFactRepository {

    private final EntityManager em;

    MajorIncidentFactRepository(EntityManager em) {
        this.em = em;
    }

    /** {@code team} is a readable line per member; null fields of a later event keep what was known. */
    public record MajorIncidentFact(UUID majorIncidentId, String number, String title, String type, List<String> serviceIds,
                                    List<String> incidentIds, String impactSummary, String resolutionSummary,
                                    String coordinatorName, String coordinatorEmail, List<String> team, Integer maxSeverity,
                                    Instant declaredAt, Instant resolvedAt) {
    }

    public void upsert(MajorIncidentFact f) {
        em.createNativeQuery("""
                insert into major_incident_fact (major_incident_id, number, title, type, service_ids, incident_ids,
                    impact_summary, resolution_summary, coordinator_name, coordinator_email, team, max_severity,
                    declared_at, resolved_at)
                values (?1, ?2, ?3, ?4, string_to_array(?5, chr(31)), string_to_array(?6, chr(31)), ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                on conflict (major_incident_id) do update set
                    number = coalesce(excluded.number, major_incident_fact.number),
                    title = coalesce(excluded.title, major_incident_fact.title),
                    type = coalesce(excluded.type, major_incident_fact.type),
                    service_ids = excluded.service_ids, incident_ids = excluded.incident_ids,
                    impact_summary = coalesce(excluded.impact_summary, major_incident_fact.impact_summary),
                    resolution_summary = coalesce(excluded.resolution_summary, major_incident_fact.resolution_summary),
                    coordinator_name = coalesce(excluded.coordinator_name, major_incident_fact.coordinator_name),
                    coordinator_email = coalesce(excluded.coordinator_email, major_incident_fact.coordinator_email),
                    team = coalesce(excluded.team, major_incident_fact.team),
                    max_severity = coalesce(excluded.max_severity, major_incident_fact.max_severity),
                    declared_at = coalesce(excluded.declared_at, major_incident_fact.declared_at),
                    resolved_at = coalesce(excluded.resolved_at, major_incident_fact.resolved_at)
                """)
                .setParameter(1, f.majorIncidentId()).setParameter(2, f.number()).setParameter(3, f.title())
                .setParameter(4, f.type()).setParameter(5, String.join(IncidentFactRepository.SEPARATOR, f.serviceIds()))
                .setParameter(6, String.join(IncidentFactRepository.SEPARATOR, f.incidentIds()))
                .setParameter(7, f.impactSummary()).setParameter(8, f.resolutionSummary())
                .setParameter(9, f.coordinatorName()).setParameter(10, f.coordinatorEmail())
                .setParameter(11, f.team() == null ? null : String.join(IncidentFactRepository.SEPARATOR, f.team()))
                .setParameter(12, f.maxSeverity()).setParameter(13, f.declaredAt()).setParameter(14, f.resolvedAt())
                .executeUpdate();
    }

    public Optional<MajorIncidentFact> find(UUID majorIncidentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select major_incident_id, number, title, type, array_to_string(service_ids, chr(31)),
                       array_to_string(incident_ids, chr(31)), impact_summary, resolution_summary, coordinator_name,
                       coordinator_email, team, max_severity, declared_at, resolved_at
                from major_incident_fact where major_incident_id = ?1
                """).setParameter(1, majorIncidentId).getResultList();
        return rows.stream().findFirst().map(r -> new MajorIncidentFact((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], Rows.split((String) r[4]), Rows.split((String) r[5]), (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], Rows.split((String) r[10]), r[11] == null ? null : ((Number) r[11]).intValue(),
                NativeColumns.instant(r[12]), NativeColumns.instant(r[13])));
    }
}
