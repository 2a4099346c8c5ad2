package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.incident.domain.AcknowledgementWatch;

@ApplicationScoped
public class AcknowledgementWatchRepository implements PanacheRepositoryBase<AcknowledgementWatch, UUID> {

    public List<UUID> due(Instant now, int limit) {
        return getEntityManager().createQuery(
                        "select w.incidentId from AcknowledgementWatch w where w.nextAt <= :now order by w.nextAt", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    public Optional<AcknowledgementWatch> lock(UUID incidentId) {
        return Optional.ofNullable(getEntityManager().find(AcknowledgementWatch.class, incidentId, LockModeType.PESSIMISTIC_WRITE));
    }
}
