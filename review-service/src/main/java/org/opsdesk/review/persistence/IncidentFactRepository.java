package org.opsdesk.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.platform.persistence.NativeColumns;

/** What this service learned about incidents from incident.* events: the read model of RV-4 and RV-6. */
@ApplicationScoped
public class IncidentFactRepository {

    static final String SEPARATOR = "\u001f";

    private final EntityManager em;

    IncidentFactRepository(EntityManager em) {
        this.em = em;
    }

    public record IncidentFact(UUID incidentId, String number, String summary, Integer severity, String priority,
                               String category, List<String> serviceIds, boolean significantService, String customerOrg,
                               String reporterName, String reporterEmail, UUID majorIncidentId, Instant createdAt,
                               Instant acknowledgedAt, Instant resolvedAt) {
    }

    /** Records the snapshot an event carried; timestamps already known are kept. */
    public void upsert(IncidentFact f) {
        em.createNativeQuery("""
                insert into incident_fact (incident_id, number, summary, severity, priority, category, service_ids,
                    significant_service, customer_org, reporter_name, reporter_email, major_incident_id, created_at,
                    response_breached, resolution_breached)
                values (?1, ?2, ?3, ?4, ?5, ?6, string_to_array(?7, chr(31)), ?8, ?9, ?10, ?11, ?12, ?13, false, false)
                on conflict (incident_id) do update set number = excluded.number, summary = excluded.summary,
                    severity = excluded.severity, priority = excluded.priority, category = excluded.category,
                    service_ids = excluded.service_ids, significant_service = excluded.significant_service,
                    customer_org = excluded.customer_org, reporter_name = excluded.reporter_name,
                    reporter_email = excluded.reporter_email,
                    major_incident_id = coalesce(excluded.major_incident_id, incident_fact.major_incident_id)
                """)
                .setParameter(1, f.incidentId()).setParameter(2, f.number()).setParameter(3, f.summary())
                .setParameter(4, f.severity()).setParameter(5, f.priority()).setParameter(6, f.category())
                .setParameter(7, String.join(SEPARATOR, f.serviceIds())).setParameter(8, f.significantService())
                .setParameter(9, f.customerOrg()).setParameter(10, f.reporterName()).setParameter(11, f.reporterEmail())
                .setParameter(12, f.majorIncidentId()).setParameter(13, f.createdAt())
                .executeUpdate();
    }

    /** The first acknowledgement counts for MTTA. */
    public void acknowledged(UUID incidentId, Instant at) {
        execute("update incident_fact set acknowledged_at = coalesce(acknowledged_at, ?2) where incident_id = ?1", incidentId, at);
    }

    public void resolved(UUID incidentId, Instant at) {
        execute("update incident_fact set resolved_at = ?2 where incident_id = ?1", incidentId, at);
    }

    public void reopened(UUID incidentId) {
        execute("update incident_fact set resolved_at = null where incident_id = ?1", incidentId);
    }

    public void breached(UUID incidentId, String target) {
        String column = "RESPONSE".equals(target) ? "response_breached" : "resolution_breached";
        execute("update incident_fact set " + column + " = true where incident_id = ?1", incidentId);
    }

    public Optional<IncidentFact> find(UUID incidentId) {
        return facts("incident_id = ?1", incidentId).stream().findFirst();
    }

    public List<IncidentFact> findAll(List<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : facts("incident_id = any(?1)", incidentIds.toArray(UUID[]::new));
    }

    /** Significant incidents on {@code serviceId} and {@code category} created in [since, until], oldest first. */
    public List<UUID> recurring(String serviceId, String category, Instant since, Instant until, int significantMaxSeverity) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select incident_id from incident_fact
                where ?1 = any(service_ids) and category = ?2 and created_at between ?3 and ?4
                  and (significant_service or severity <= ?5)
                order by created_at, incident_id
                """, UUID.class)
                .setParameter(1, serviceId).setParameter(2, category).setParameter(3, since).setParameter(4, until)
                .setParameter(5, significantMaxSeverity).getResultList();
        return ids;
    }

    private void execute(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        query.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<IncidentFact> facts(String where, Object param) {
        List<Object[]> rows = em.createNativeQuery("""
                select incident_id, number, summary, severity, priority, category, array_to_string(service_ids, chr(31)),
                       significant_service, customer_org, reporter_name, reporter_email, major_incident_id, created_at,
                       acknowledged_at, resolved_at
                from incident_fact where\s""" + where).setParameter(1, param).getResultList();
        return rows.stream().map(IncidentFactRepository::fact).toList();
    }

    private static IncidentFact fact(Object[] r) {
        return new IncidentFact((UUID) r[0], (String) r[1], (String) r[2], r[3] == null ? null : ((Number) r[3]).intValue(),
                (String) r[4], (String) r[5], Rows.split((String) r[6]), (Boolean) r[7], (String) r[8], (String) r[9],
                (String) r[10], (UUID) r[11], NativeColumns.instant(r[12]), NativeColumns.instant(r[13]), NativeColumns.instant(r[14]));
    }
}
