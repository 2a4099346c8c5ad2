package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.notification.domain.ReviewOwner;

@ApplicationScoped
public class ReviewOwnerRepository implements PanacheRepositoryBase<ReviewOwner, UUID> {
}
