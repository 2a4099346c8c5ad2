package org.opsdesk.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.platform.persistence.NativeColumns;
import org.opsdesk.review.domain.TimelineEntry;
import org.opsdesk.platform.text.Text;

/** The timeline of major incidents and incidents, one entry per event received (MI-9 feeds the review). */
@ApplicationScoped
public class TimelineRepository {

    private final EntityManager em;

    TimelineRepository(EntityManager em) {
        this.em = em;
    }

    public void add(String eventId, UUID majorIncidentId, UUID incidentId, Instant at, String type, String description) {
        em.createNativeQuery("""
                insert into timeline_entry (event_id, major_incident_id, incident_id, at, type, description)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing
                """)
                .setParameter(1, eventId).setParameter(2, majorIncidentId).setParameter(3, incidentId)
                .setParameter(4, at).setParameter(5, type)
                .setParameter(6, Text.clip(description, 2000))
                .executeUpdate();
    }

    /** Entries of the major incident (if any) and of the incidents, in time order. */
    public List<TimelineEntry> of(UUID majorIncidentId, List<UUID> incidentIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select at, type, description from timeline_entry
                where major_incident_id = ?1 or incident_id = any(?2)
                order by at, event_id
                """)
                .setParameter(1, majorIncidentId)
                .setParameter(2, incidentIds.toArray(UUID[]::new))
                .getResultList();
        return rows.stream().map(r -> new TimelineEntry(NativeColumns.instant(r[0]), (String) r[1], (String) r[2])).toList();
    }
}
