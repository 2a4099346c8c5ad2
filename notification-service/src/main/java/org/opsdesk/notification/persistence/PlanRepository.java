package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.PlanStatus;
import org.opsdesk.notification.domain.SubjectType;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<CommunicationPlan, UUID> {

    public Optional<CommunicationPlan> findBySubject(SubjectType type, UUID subjectId) {
        return find("subjectType = ?1 and subjectId = ?2", type, subjectId).firstResultOptional();
    }

    public List<CommunicationPlan> active() {
        return list("status", PlanStatus.ACTIVE);
    }
}
