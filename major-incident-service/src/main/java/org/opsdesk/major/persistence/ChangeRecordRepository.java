package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.major.domain.ChangeRecord;

@ApplicationScoped
public class ChangeRecordRepository implements PanacheRepositoryBase<ChangeRecord, UUID> {

    public Optional<ChangeRecord> byExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    /** Changes on any of the services implemented in [from, to], newest first. */
    public List<ChangeRecord> onServicesBetween(Collection<String> serviceIds, Instant from, Instant to) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return find("select distinct c from ChangeRecord c join c.serviceIds s where s in :services"
                        + " and c.implementedAt >= :from and c.implementedAt <= :to order by c.implementedAt desc",
                Parameters.with("services", serviceIds).and("from", from).and("to", to)).list();
    }

    public List<ChangeRecord> remediating(UUID majorIncidentId) {
        return list("majorIncidentId", Sort.descending("implementedAt"), majorIncidentId);
    }
}
