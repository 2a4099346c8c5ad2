package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.notification.domain.MajorIncidentView;

@ApplicationScoped
public class MajorIncidentViewRepository implements PanacheRepositoryBase<MajorIncidentView, UUID> {

    public List<MajorIncidentView> open() {
        return list("resolvedAt is null", Sort.descending("declaredAt").and("majorIncidentId"));
    }

    public List<MajorIncidentView> resolvedSince(Instant since) {
        return list("resolvedAt >= ?1", Sort.descending("resolvedAt").and("majorIncidentId"), since);
    }
}
