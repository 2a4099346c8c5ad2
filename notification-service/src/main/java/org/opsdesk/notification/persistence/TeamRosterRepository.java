package org.opsdesk.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.opsdesk.notification.domain.TeamRoster;

@ApplicationScoped
public class TeamRosterRepository implements PanacheRepositoryBase<TeamRoster, String> {
}
