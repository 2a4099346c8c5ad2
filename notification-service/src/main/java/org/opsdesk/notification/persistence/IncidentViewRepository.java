package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.notification.domain.IncidentView;

@ApplicationScoped
public class IncidentViewRepository implements PanacheRepositoryBase<IncidentView, UUID> {
}
