package org.opsdesk.incident.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.opsdesk.incident.domain.Priority;

@ApplicationScoped
public class ReportRepository {

    /** Counts per priority; "pending" targets (not met, not yet due) count in neither met nor missed. */
    public record SlaCounts(Priority priority, long total, long responseMet, long responseMissed, long resolutionMet,
                            long resolutionMissed) {
    }

    private final EntityManager em;

    ReportRepository(EntityManager em) {
        this.em = em;
    }

    public List<SlaCounts> slaCounts(String customerOrg, Instant from, Instant to, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        select priority, count(*),
                          count(*) filter (where responded_at <= response_due_at and not response_breached),
                          count(*) filter (where response_breached or responded_at > response_due_at
                                                 or (responded_at is null and response_due_at <= ?4)),
                          count(*) filter (where not resolution_breached and (resolved_at <= resolution_due_at
                                                 or (resolved_at is null and status = 'CLOSED'))),
                          count(*) filter (where resolution_breached or resolved_at > resolution_due_at
                                                 or (status in ('NEW', 'ASSIGNED', 'IN_PROGRESS') and resolution_due_at <= ?4))
                        from incident
                        where received_at >= ?1 and received_at < ?2 and (cast(?3 as text) is null or customer_org = cast(?3 as text))
                        group by priority order by priority""", Object[].class)
                .setParameter(1, from).setParameter(2, to).setParameter(3, customerOrg).setParameter(4, now)
                .getResultList();
        return rows.stream().map(r -> new SlaCounts(Priority.valueOf((String) r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])))
                .toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
