package org.opsdesk.incident.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.opsdesk.incident.domain.reference.Team;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, String> {
}
