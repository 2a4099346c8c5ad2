package org.opsdesk.platform.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opsdesk.platform.persistence.NativeColumns;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/**
 * The append-only log of configuration changes ({@code change_log}, one table per service): who changed which
 * resource, when, and how. A row commits with the change it describes, or not at all.
 */
@ApplicationScoped
public class ChangeLog {

    public enum Action { CREATED, UPDATED, DELETED }

    /** One row: {@code actor} is the token's subject ({@code upn}, else {@code sub}). */
    public record Entry(long id, Instant at, String actor, Action action, String kind, String resourceId,
                        String summary) {
    }

    private final EntityManager em;
    private final SecurityIdentity identity;
    private final Clock clock;

    ChangeLog(EntityManager em, SecurityIdentity identity, Clock clock) {
        this.em = em;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String kind, String resourceId, Action action, String summary) {
        em.createNativeQuery("insert into change_log (at, actor, action, kind, resource_id, summary) values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, clock.instant())
                .setParameter(2, identity.getPrincipal().getName())
                .setParameter(3, action.name())
                .setParameter(4, kind)
                .setParameter(5, resourceId)
                .setParameter(6, summary)
                .executeUpdate();
    }

    /** CREATED with the fields of {@code after} when {@code before} is null, else UPDATED with the fields that differ. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void saved(String kind, String resourceId, Record before, Record after) {
        if (before == null) {
            record(kind, resourceId, Action.CREATED, ChangeSummary.of(after));
        } else {
            record(kind, resourceId, Action.UPDATED, ChangeSummary.between(before, after));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String kind, String resourceId, Record state) {
        record(kind, resourceId, Action.DELETED, ChangeSummary.of(state));
    }

    /** Newest first; {@code kind} and {@code resourceId} filter when given. */
    public Page<Entry> page(String kind, String resourceId, PageRequest page) {
        String where = " where true" + (kind == null ? "" : " and kind = :kind")
                + (resourceId == null ? "" : " and resource_id = :resourceId");
        Query count = em.createNativeQuery("select count(*) from change_log" + where);
        Query select = em.createNativeQuery("select id, at, actor, action, kind, resource_id, summary from change_log"
                + where + " order by at desc, id desc");
        for (Query query : List.of(count, select)) {
            if (kind != null) {
                query.setParameter("kind", kind);
            }
            if (resourceId != null) {
                query.setParameter("resourceId", resourceId);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows.stream().map(ChangeLog::entry).toList(), ((Number) count.getSingleResult()).longValue(),
                page.page(), page.size());
    }

    private static Entry entry(Object[] row) {
        return new Entry(((Number) row[0]).longValue(), NativeColumns.instant(row[1]), (String) row[2], Action.valueOf((String) row[3]),
                (String) row[4], (String) row[5], (String) row[6]);
    }
}
