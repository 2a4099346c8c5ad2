package org.opsdesk.major.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opsdesk.major.domain.TeamMember;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, UUID> {

    /** By team (ignoring case), then in the order they joined. */
    public List<TeamMember> ofMajorIncident(UUID majorIncidentId) {
        return list("majorIncidentId", Sort.ascending("addedAt"), majorIncidentId).stream()
                .sorted(Comparator.comparing((TeamMember m) -> m.team().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
