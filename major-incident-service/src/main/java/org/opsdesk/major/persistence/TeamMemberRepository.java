package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opsdesk.major.domain.TeamMember;
import org.opsdesk.platform.errors.ResourceNotFoundException;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, UUID> {

    /** The current members (not removed) by team (ignoring case), then in the order they joined. */
    public List<TeamMember> ofMajorIncident(UUID majorIncidentId) {
        return list("majorIncidentId = ?1 and removedAt is null", Sort.ascending("addedAt"), majorIncidentId).stream()
                .sorted(Comparator.comparing((TeamMember m) -> m.team().toLowerCase(Locale.ROOT)))
                .toList();
    }

    public TeamMember require(UUID majorIncidentId, UUID memberId) {
        return find("id = ?1 and majorIncidentId = ?2", memberId, majorIncidentId).firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("team member", memberId));
    }
}
