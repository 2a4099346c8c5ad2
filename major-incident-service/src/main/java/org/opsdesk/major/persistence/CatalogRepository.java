package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.opsdesk.major.domain.CatalogEntry;

@ApplicationScoped
public class CatalogRepository implements PanacheRepositoryBase<CatalogEntry, String> {

    /** Owning team id per service id, for the active services of {@code serviceIds} that have an owner. */
    public Map<String, String> ownersOf(Collection<String> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        return list("serviceId in ?1 and active = true and owningTeam is not null", serviceIds).stream()
                .collect(Collectors.toMap(CatalogEntry::serviceId, CatalogEntry::owningTeam));
    }
}
