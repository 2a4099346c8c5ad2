package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opsdesk.incident.domain.Incident;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    public String nextNumber() {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('incident_number_seq')").getSingleResult();
        return "INC-%07d".formatted(next.longValue());
    }
}
