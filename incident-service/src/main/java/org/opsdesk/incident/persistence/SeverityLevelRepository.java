package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.opsdesk.incident.domain.reference.SeverityLevel;

@ApplicationScoped
public class SeverityLevelRepository implements PanacheRepositoryBase<SeverityLevel, Integer> {
}
