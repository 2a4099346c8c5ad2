package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.opsdesk.notification.domain.NoticeRoute;

@ApplicationScoped
public class NoticeRouteRepository implements PanacheRepositoryBase<NoticeRoute, String> {
}
