package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.notification.domain.DutyShift;

@ApplicationScoped
public class DutyShiftRepository implements PanacheRepositoryBase<DutyShift, UUID> {

    /** The duty manager's shift that covers {@code at}; of overlapping ones, the one that started last. */
    public Optional<DutyShift> dutyManagerAt(Instant at) {
        return find("dutyManager = true and startsAt <= ?1 and endsAt > ?1", Sort.descending("startsAt"), at).firstResultOptional();
    }

    /** Every shift of {@code dutyRole} that covers {@code at}. */
    public List<DutyShift> onDuty(String dutyRole, Instant at) {
        return list("dutyRole = ?1 and startsAt <= ?2 and endsAt > ?2", Sort.by("startsAt"), dutyRole, at);
    }
}
