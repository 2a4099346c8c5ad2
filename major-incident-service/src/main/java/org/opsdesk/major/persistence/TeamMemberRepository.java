package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.domain.TeamMember;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, UUID> {

    public List<TeamMember> ofMajorIncident(UUID majorIncidentId) {
        return list("majorIncidentId", Sort.ascending("team").and("addedAt"), majorIncidentId);
    }
}
