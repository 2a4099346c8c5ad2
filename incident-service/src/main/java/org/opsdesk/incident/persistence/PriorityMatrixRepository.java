package org.opsdesk.incident.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.Urgency;
import org.opsdesk.incident.domain.reference.PriorityMatrix;

@ApplicationScoped
public class PriorityMatrixRepository {

    private final EntityManager em;

    PriorityMatrixRepository(EntityManager em) {
        this.em = em;
    }

    public PriorityMatrix load() {
        List<Object[]> rows = em.createNativeQuery("select severity, urgency, priority from priority_rule", Object[].class).getResultList();
        return new PriorityMatrix(rows.stream()
                .map(row -> new PriorityMatrix.Cell(((Number) row[0]).intValue(), Urgency.valueOf((String) row[1]),
                        Priority.valueOf((String) row[2])))
                .toList());
    }

    public void replace(PriorityMatrix matrix) {
        em.createNativeQuery("delete from priority_rule").executeUpdate();
        for (PriorityMatrix.Cell cell : matrix.cells()) {
            em.createNativeQuery("insert into priority_rule (severity, urgency, priority) values (?, ?, ?)")
                    .setParameter(1, cell.severity()).setParameter(2, cell.urgency().name()).setParameter(3, cell.priority().name())
                    .executeUpdate();
        }
    }
}
