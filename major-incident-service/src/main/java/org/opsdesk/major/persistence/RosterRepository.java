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
import org.opsdesk.major.domain.RosterEntry;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class RosterRepository implements PanacheRepositoryBase<RosterEntry, UUID> {

    /** The one on duty in {@code role} at {@code at}: of overlapping shifts, the one that started last. */
    public Optional<RosterEntry> onDuty(String role, Instant at) {
        return find("dutyRole = :role and startsAt <= :at and endsAt > :at",
                Sort.descending("startsAt").and("createdAt", Sort.Direction.Descending),
                Parameters.with("role", role).and("at", at)).firstResultOptional();
    }

    /** Everyone on duty in any of {@code roles} at {@code at}. */
    public List<RosterEntry> holders(Collection<String> roles, Instant at) {
        return roles.isEmpty() ? List.of() : list("dutyRole in ?1 and startsAt <= ?2 and endsAt > ?2", roles, at);
    }

    /** Filters are optional: a role, and an instant the entry must cover. */
    public Page<RosterEntry> list(String role, Instant at, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (role != null) {
            query.append(" and dutyRole = :role");
            parameters.and("role", role);
        }
        if (at != null) {
            query.append(" and startsAt <= :at and endsAt > :at");
            parameters.and("at", at);
        }
        var found = find(query.toString(), Sort.ascending("dutyRole").and("startsAt"), parameters);
        return new Page<>(found.page(page.page(), page.size()).list(), found.count(), page.page(), page.size());
    }
}
