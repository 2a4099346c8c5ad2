package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.incident.domain.problem.Problem;
import org.opsdesk.incident.domain.problem.ProblemStatus;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@ApplicationScoped
public class ProblemRepository implements PanacheRepositoryBase<Problem, UUID> {

    private static final List<ProblemStatus> OPEN = List.of(ProblemStatus.OPEN, ProblemStatus.KNOWN_ERROR);

    public String nextNumber() {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('problem_number_seq')").getSingleResult();
        return "PRB-%07d".formatted(next.longValue());
    }

    public Optional<Problem> openOfMajorIncident(UUID majorIncidentId) {
        return find("majorIncidentId = ?1 and status in ?2", majorIncidentId, OPEN).firstResultOptional();
    }

    public List<Problem> ofIncident(UUID incidentId) {
        return list("?1 member of incidentIds", Sort.by("openedAt"), incidentId);
    }

    /** The oldest open problem covering any of the incidents. */
    public Optional<Problem> openCovering(Collection<UUID> incidentIds) {
        return find("select p from Problem p join p.incidentIds i where i in ?1 and p.status in ?2 order by p.openedAt",
                incidentIds, OPEN).firstResultOptional();
    }

    public boolean openFor(UUID incidentId) {
        return count("?1 member of incidentIds and status in ?2", incidentId, OPEN) > 0;
    }

    public Page<Problem> search(ProblemStatus status, PageRequest page) {
        PanacheQuery<Problem> query = status == null ? findAll(Sort.descending("openedAt"))
                : find("status", Sort.descending("openedAt"), status);
        return new Page<>(query.page(page.page(), page.size()).list(), query.count(), page.page(), page.size());
    }
}
