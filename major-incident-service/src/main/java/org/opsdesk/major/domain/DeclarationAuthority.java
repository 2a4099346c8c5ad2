package org.opsdesk.major.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opsdesk.platform.errors.AccessDeniedException;

/**
 * Who may declare a major incident (MI-1: 000 §5.1, 002 §IV.B) and, in addition, who may declare a cybersecurity
 * one (002 §IV.E, §V.A.6). The groups are those of the caller's token; besides them, whoever is on duty in one of
 * the {@code designeeRoles} of the roster (the designees of the CTO, Associate CIO Applications and TBC Director,
 * 002 §IV.B, §V.A.3) may.
 */
public record DeclarationAuthority(Set<String> authorities, Set<String> cybersecurityAuthorities, List<String> designeeRoles) {

    public DeclarationAuthority(Collection<String> authorities, Collection<String> cybersecurityAuthorities,
                                Collection<String> designeeRoles) {
        this(Set.copyOf(authorities), Set.copyOf(cybersecurityAuthorities), List.copyOf(designeeRoles));
    }

    public boolean allows(Set<String> callerGroups, MajorIncidentType type) {
        return whoMay(type).stream().anyMatch(callerGroups::contains);
    }

    public Set<String> whoMay(MajorIncidentType type) {
        Set<String> groups = new LinkedHashSet<>(authorities.stream().sorted().toList());
        if (type == MajorIncidentType.CYBERSECURITY) {
            groups.addAll(cybersecurityAuthorities.stream().sorted().toList());
        }
        return groups;
    }

    /** @throws AccessDeniedException naming the groups that may, and where anyone may report a potential one */
    public void check(Set<String> callerGroups, MajorIncidentType type, String what) {
        if (!allows(callerGroups, type)) {
            throw new AccessDeniedException("only these groups may " + what + " a " + type + " major incident: "
                    + String.join(", ", whoMay(type))
                    + (designeeRoles.isEmpty() ? "" : ", or whoever is on duty as " + String.join(", ", designeeRoles))
                    + "; anyone may report a potential major incident at /api/v1/major-incident-proposals");
        }
    }
}
