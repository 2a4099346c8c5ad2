package org.opsdesk.review.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.opsdesk.review.domain.ClosureDay;

@ApplicationScoped
public class ClosureDayRepository implements PanacheRepositoryBase<ClosureDay, LocalDate> {
}
