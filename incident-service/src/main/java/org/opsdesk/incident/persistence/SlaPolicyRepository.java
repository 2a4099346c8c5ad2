package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.reference.SlaPolicy;

@ApplicationScoped
public class SlaPolicyRepository implements PanacheRepositoryBase<SlaPolicy, UUID> {

    public Optional<SlaPolicy> exact(String customerOrg, Priority priority) {
        return customerOrg == null ? find("customerOrg is null and priority = ?1", priority).firstResultOptional()
                : find("customerOrg = ?1 and priority = ?2", customerOrg, priority).firstResultOptional();
    }

    public Optional<SlaPolicy> exact(String customerOrg, int severity) {
        return find("customerOrg = ?1 and severity = ?2", customerOrg, severity).firstResultOptional();
    }

    public List<SlaPolicy> of(String customerOrg) {
        Sort sort = Sort.by("customerOrg", Sort.NullPrecedence.NULLS_FIRST).and("priority").and("severity");
        return customerOrg == null ? listAll(sort) : list("customerOrg", sort, customerOrg);
    }
}
