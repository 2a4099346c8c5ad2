package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.notification.domain.DutyShift;

@ApplicationScoped
public class DutyShiftRepository implements PanacheRepositoryBase<DutyShift, UUID> {

    /** The duty manager's shift that covers {@code at}; of overlapping ones, the one that started last. */
    public Optional<DutyShift> onDutyAt(Instant at) {
        return find("startsAt <= ?1 and endsAt > ?1", Sort.descending("startsAt"), at).firstResultOptional();
    }
}
