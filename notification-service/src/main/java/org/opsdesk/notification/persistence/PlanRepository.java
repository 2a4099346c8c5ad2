package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.SubjectType;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<CommunicationPlan, UUID> {

    /** An audience of an active plan whose next update was due {@code dueAt}, or which has none scheduled (slot and dueAt null). */
    public record AudienceSchedule(UUID subjectId, String reference, String audience, Integer slot, Instant dueAt) {
    }

    public Optional<CommunicationPlan> findBySubject(SubjectType type, UUID subjectId) {
        return find("subjectType = ?1 and subjectId = ?2", type, subjectId).firstResultOptional();
    }

    /**
     * Every audience of an active plan whose next pending update is past its deadline at {@code now} or which has no
     * pending update at all: one query over all plans, reading no entities (no flush, nothing to dirty-check).
     */
    public List<AudienceSchedule> audiencesBehind(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        with next_update as (
                          select distinct on (plan_id, audience) plan_id, audience, slot, due_at, deadline_at
                          from delivery where state = 'PENDING' and kind = 'UPDATE' and plan_id is not null
                          order by plan_id, audience, due_at)
                        select p.subject_id, p.reference, a.audience, n.slot, n.due_at
                        from communication_plan p
                        cross join lateral jsonb_to_recordset(cast(p.audiences as jsonb)) as a(audience text)
                        left join next_update n on n.plan_id = p.id and n.audience = a.audience
                        where p.status = 'ACTIVE' and (n.plan_id is null or n.deadline_at < :now)""")
                .setFlushMode(FlushModeType.COMMIT)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .unwrap(NativeQuery.class)
                .addScalar("subject_id", UUID.class).addScalar("reference", String.class).addScalar("audience", String.class)
                .addScalar("slot", Integer.class).addScalar("due_at", Instant.class)
                .setParameter("now", now)
                .getResultList();
        return rows.stream().map(row -> new AudienceSchedule((UUID) row[0], (String) row[1], (String) row[2],
                (Integer) row[3], (Instant) row[4])).toList();
    }
}
