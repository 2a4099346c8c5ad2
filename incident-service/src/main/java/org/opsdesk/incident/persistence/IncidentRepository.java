package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.type.StandardBasicTypes;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentQuery;
import org.opsdesk.incident.domain.IncidentStatus;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    /** The incident, locked until the end of the transaction: jobs and consumers change it one at a time. */
    public Optional<Incident> lock(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Page<Incident> search(IncidentQuery q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            where.add("status in :statuses");
            params.put("statuses", q.statuses());
        }
        add(where, params, "source", q.source());
        add(where, params, "customerOrg", q.customerOrg());
        add(where, params, "severity", q.severity());
        add(where, params, "priority", q.priority());
        add(where, params, "assignedTeam", q.assignedTeam());
        add(where, params, "assignee", q.assignee());
        add(where, params, "majorIncidentId", q.majorIncidentId());
        if (q.serviceId() != null) {
            where.add("array_contains(serviceIds, :serviceId)");
            params.put("serviceId", q.serviceId());
        }
        if (q.breached() != null) {
            where.add((q.breached() ? "" : "not ") + "(sla.responseBreached = true or sla.resolutionBreached = true)");
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.add("(lower(summary) like :text or lower(description) like :text or upper(number) = :number)");
            params.put("text", "%" + q.text().toLowerCase().strip() + "%");
            params.put("number", q.text().toUpperCase().strip());
        }
        if (q.updatedSince() != null) {
            where.add(q.afterId() == null ? "updatedAt >= :since" : "(updatedAt > :since or (updatedAt = :since and id > :afterId))");
            params.put("since", q.updatedSince());
            if (q.afterId() != null) {
                params.put("afterId", q.afterId());
            }
        }
        Sort order = q.updatedSince() != null ? Sort.by("updatedAt").and("id") : sort(q.sort());
        PanacheQuery<Incident> query = find(String.join(" and ", where.isEmpty() ? List.of("true") : where), order, params);
        List<Incident> items = query.page(page.page(), page.size()).list();
        return new Page<>(items, query.count(), page.page(), page.size());
    }

    private static void add(List<String> where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            params.put(field, value);
        }
    }

    private static Sort sort(String sort) {
        String field = sort == null ? "-receivedAt" : sort;
        Sort.Direction direction = field.startsWith("-") ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(field.replaceFirst("^-", ""), direction).and("number", direction);
    }

    /** Incidents with an SLA warning or breach due at {@code now}. */
    @SuppressWarnings("unchecked")
    public List<UUID> slaDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        select id from incident
                        where (responded_at is null and ((not response_warned and response_warn_at <= ?1)
                                                         or (not response_breached and response_due_at <= ?1)))
                           or (paused_at is null and status not in ('RESOLVED', 'REFERRED', 'CLOSED')
                               and ((not resolution_warned and resolution_warn_at <= ?1)
                                    or (not resolution_breached and resolution_due_at <= ?1)))
                        order by received_at limit ?2""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /** Resolved or referred incidents whose dispute window has passed. */
    public List<UUID> autoCloseDue(Instant now, int limit) {
        return getEntityManager().createQuery("""
                        select i.id from Incident i where i.status in :statuses and i.autoCloseAt <= :now
                        order by i.autoCloseAt""", UUID.class)
                .setParameter("statuses", List.of(IncidentStatus.RESOLVED, IncidentStatus.REFERRED))
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    private record Candidate(Incident incident, double similarity) {
    }

    /**
     * Open incidents received since {@code since} sharing a service with, or worded like, the given one (IN-6), most
     * similar first. Two index-ordered probes with a limit (V27_1, {@code incident_duplicate_candidates}), so a
     * bounded number of rows is read however many open incidents there are or look alike: the {@code max} latest with
     * the same fingerprint (the summary with its numbers blanked), and the {@code recent} latest open ones, kept when
     * their similarity reaches {@code similarity} or they share a service.
     */
    public List<Incident> similarOpen(UUID except, List<String> serviceIds, String summary, Instant since,
                                      double similarity, int max, int recent) {
        List<Object[]> rows = getSession().createNativeQuery("""
                        select i.*, similarity(i.summary, ?3) as sim
                        from incident_duplicate_candidates(?1, ?2, ?3, cast(?4 as varchar[]), ?5, ?6, ?7) i""", Object[].class)
                .addEntity("i", Incident.class).addScalar("sim", StandardBasicTypes.DOUBLE)
                .setParameter(1, except).setParameter(2, since).setParameter(3, summary)
                .setParameter(4, serviceIds.toArray(String[]::new)).setParameter(5, similarity)
                .setParameter(6, max).setParameter(7, recent)
                .getResultList();
        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        rows.forEach(row -> candidates.putIfAbsent(((Incident) row[0]).id(), new Candidate((Incident) row[0], (Double) row[1])));
        return candidates.values().stream()
                .filter(c -> c.similarity() >= similarity || !Collections.disjoint(c.incident().serviceIds(), serviceIds))
                .sorted(Comparator.comparingDouble(Candidate::similarity).reversed()
                        .thenComparing(c -> c.incident().receivedAt()))
                .limit(max)
                .map(Candidate::incident)
                .toList();
    }

    public List<Incident> ofMajorIncident(UUID majorIncidentId) {
        return list("majorIncidentId", majorIncidentId);
    }
}
