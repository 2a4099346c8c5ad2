package org.opsdesk.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opsdesk.review.domain.ServiceMetrics;

/** The aggregates behind GET /api/v1/metrics, computed in the database from the facts of the events received. */
@ApplicationScoped
public class MetricsRepository {

    private final EntityManager em;

    MetricsRepository(EntityManager em) {
        this.em = em;
    }

    public ServiceMetrics metrics(Instant from, Instant to, String service, String priority, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        String scope = "created_at >= :from and created_at < :to"
                + (service == null ? "" : " and :service = any(service_ids)")
                + (priority == null ? "" : " and priority = :priority");
        if (service != null) {
            params.put("service", service);
        }
        if (priority != null) {
            params.put("priority", priority);
        }
        Object[] i = row("""
                select count(*), count(acknowledged_at), count(resolved_at),
                       avg(extract(epoch from acknowledged_at - created_at)), avg(extract(epoch from resolved_at - created_at)),
                       count(*) filter (where acknowledged_at is not null or response_breached),
                       count(*) filter (where response_breached),
                       count(*) filter (where resolved_at is not null or resolution_breached),
                       count(*) filter (where resolution_breached)
                from incident_fact where\s""" + scope, params);
        params.remove("priority");
        String serviceOf = service == null ? "" : " and :service = any(service_ids)";
        long majorIncidents = count(row("select count(*) from major_incident_fact where declared_at >= :from and declared_at < :to"
                + serviceOf, params)[0]);
        params.put("now", now);
        Object[] d = row("""
                select count(*) filter (where d.distributed_at <= d.due_at),
                       count(*) filter (where d.distributed_at > d.due_at),
                       count(*) filter (where d.distributed_at is null and d.due_at < :now),
                       count(*) filter (where d.distributed_at is null and d.due_at >= :now)
                from deliverable d join review r on r.id = d.review_id
                where d.due_at >= :from and d.due_at < :to""" + serviceOf.replace("service_ids", "r.service_ids"), params);
        params.remove("from");
        params.remove("to");
        Object[] a = row("""
                select count(*), count(*) filter (where a.due_at < :now)
                from action_item a join review r on r.id = a.review_id
                where a.status = 'OPEN'""" + serviceOf.replace("service_ids", "r.service_ids"), params);
        return new ServiceMetrics(from, to, service, priority,
                new ServiceMetrics.Incidents(count(i[0]), count(i[1]), count(i[2])), Rows.number(i[3]), Rows.number(i[4]),
                new ServiceMetrics.Sla(ServiceMetrics.Compliance.of(count(i[5]), count(i[6])),
                        ServiceMetrics.Compliance.of(count(i[7]), count(i[8]))),
                majorIncidents,
                ServiceMetrics.Timeliness.of(count(d[0]), count(d[1]), count(d[2]), count(d[3])),
                new ServiceMetrics.ActionItems(count(a[0]), count(a[1])));
    }

    private Object[] row(String sql, Map<String, Object> params) {
        var query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        Object result = query.getSingleResult();
        return result instanceof Object[] columns ? columns : new Object[] {result};
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
