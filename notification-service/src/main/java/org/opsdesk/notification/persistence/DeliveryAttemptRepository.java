package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.opsdesk.notification.domain.DeliveryAttempt;

@ApplicationScoped
public class DeliveryAttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, Long> {

    public List<DeliveryAttempt> of(Collection<UUID> deliveryIds) {
        return deliveryIds.isEmpty() ? List.of() : list("deliveryId in ?1", Sort.by("deliveryId").and("attempt"), deliveryIds);
    }
}
