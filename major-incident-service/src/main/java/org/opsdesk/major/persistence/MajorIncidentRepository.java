package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentFilter;
import org.opsdesk.major.domain.MajorIncidentStatus;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class MajorIncidentRepository implements PanacheRepositoryBase<MajorIncident, UUID> {

    private static final List<MajorIncidentStatus> OPEN = List.of(MajorIncidentStatus.DECLARED, MajorIncidentStatus.ACTIVE);

    public MajorIncident require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("major incident", id));
    }

    public String nextNumber() {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('major_incident_number_seq')").getSingleResult();
        return "MI-%06d".formatted(next.longValue());
    }

    public Page<MajorIncident> list(MajorIncidentFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            query.append(" and status in :statuses");
            parameters.and("statuses", filter.statuses());
        }
        if (filter.incidentId() != null) {
            query.append(" and :incidentId member of incidentIds");
            parameters.and("incidentId", filter.incidentId());
        }
        if (filter.serviceId() != null) {
            query.append(" and :serviceId member of serviceIds");
            parameters.and("serviceId", filter.serviceId());
        }
        if (filter.updatedSince() != null) {
            query.append(filter.afterId() == null ? " and updatedAt >= :since" : " and (updatedAt > :since or (updatedAt = :since and id > :afterId))");
            parameters.and("since", filter.updatedSince());
            if (filter.afterId() != null) {
                parameters.and("afterId", filter.afterId());
            }
        }
        Sort order = filter.updatedSince() != null ? Sort.by("updatedAt").and("id")
                : Sort.descending("declaredAt").and("number", Sort.Direction.Descending);
        var found = find(query.toString(), order, parameters);
        return new Page<>(found.page(page.page(), page.size()).list(), found.count(), page.page(), page.size());
    }

    public Optional<UUID> holderOf(UUID incidentId) {
        return getEntityManager().createNativeQuery("select major_incident_id from major_incident_incident where incident_id = ?1", UUID.class)
                .setParameter(1, incidentId).getResultStream().map(UUID.class::cast).findFirst();
    }

    /** The open major incident (the earliest declared) that has any of {@code serviceIds} among its affected services. */
    public Optional<MajorIncident> openCovering(Collection<String> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Optional.empty();
        }
        return find("select distinct m from MajorIncident m join m.serviceIds s where m.status in :open and s in :services"
                        + " order by m.declaredAt",
                Parameters.with("open", OPEN).and("services", serviceIds)).firstResultOptional();
    }

    /** The open major incident (the earliest declared) holding an incident of the alert group {@code group}. */
    public Optional<MajorIncident> openHoldingAlertGroup(String group) {
        if (group == null) {
            return Optional.empty();
        }
        List<?> ids = getEntityManager().createNativeQuery("select m.id from major_incident m join major_incident_incident l"
                        + " on l.major_incident_id = m.id join known_incident k on k.incident_id = l.incident_id"
                        + " where m.status in ('DECLARED', 'ACTIVE') and k.alert_group = ?1 order by m.declared_at limit 1", UUID.class)
                .setParameter(1, group).getResultList();
        return ids.stream().map(UUID.class::cast).findFirst().flatMap(this::findByIdOptional);
    }

    /** Open major incidents whose RTO deadline has passed, or that have objectives and an estimate, locked for this job. */
    public List<MajorIncident> lockOpenWithRecoveryObjectives() {
        return lockOpen("rto_seconds is not null and rto_met_at is null and (rto_breached_at is null or rto_at_risk_at is null)");
    }

    /** Open major incidents that nobody coordinates (MI-2), locked for this job. */
    public List<MajorIncident> lockOpenWithCoordinatorGap() {
        return lockOpen("coordinator_gap");
    }

    @SuppressWarnings("unchecked")
    private List<MajorIncident> lockOpen(String condition) {
        List<UUID> ids = getEntityManager().createNativeQuery("select id from major_incident where status in ('DECLARED', 'ACTIVE')"
                        + " and " + condition + " order by declared_at for update skip locked", UUID.class)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
