package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.domain.KnownIncident;

@ApplicationScoped
public class KnownIncidentRepository implements PanacheRepositoryBase<KnownIncident, UUID> {

    /**
     * Open incidents not ON_HOLD on significant services at {@code maxSeverity} or worse whose outage began at or before
     * {@code startedBefore}, linked to no major incident and without an automatic proposal; locked so two replicas
     * never both act on one.
     */
    @SuppressWarnings("unchecked")
    public List<KnownIncident> lockLongOutageCandidates(Instant startedBefore, int maxSeverity) {
        List<UUID> ids = getEntityManager().createNativeQuery("select k.incident_id from known_incident k"
                        + " where k.open and k.status is distinct from '" + KnownIncident.ON_HOLD + "'"
                        + " and k.significant_service and k.severity <= ?1 and k.outage_started_at <= ?2"
                        + " and not exists (select 1 from major_incident_incident l where l.incident_id = k.incident_id)"
                        + " and not exists (select 1 from proposal p where p.origin_incident_id = k.incident_id)"
                        + " and not exists (select 1 from link_proposal p where p.incident_id = k.incident_id)"
                        + " order by k.outage_started_at for update of k skip locked", UUID.class)
                .setParameter(1, maxSeverity).setParameter(2, startedBefore)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("incidentId in ?1", ids);
    }

    public List<KnownIncident> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("incidentId in ?1", ids);
    }

    /** Open incidents on {@code serviceId} received at or after {@code since}, linked to no major incident, oldest first. */
    public List<KnownIncident> openUnlinkedOnServiceSince(String serviceId, Instant since) {
        return list("select k from KnownIncident k join k.serviceIds s where k.open = true and s = ?1 and k.createdAt >= ?2"
                + " and not exists (select 1 from MajorIncident m join m.incidentIds i where i = k.incidentId)"
                + " order by k.createdAt", serviceId, since);
    }
}
