package org.opsdesk.major.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the team holds someone of every team it must hold (MI-3): the mandatory teams, the teams owning the
 * affected services (from the service catalog's owning team) and the teams the linked incidents are assigned to;
 * and who is Communications Coordinator: the member named so, else the leader, who "serves as, or designates, the
 * Communications Coordinator" (002 §IV.G).
 */
public record TeamCoverage(List<Requirement> teams, boolean communicationsCoordinatorNamed,
                           boolean communicationsByLeader, List<String> gaps) {

    /** One team the major incident needs, why, and who covers it. */
    public record Requirement(String team, List<String> requiredBecause, boolean covered, List<String> members) {
    }

    public static TeamCoverage of(Collection<String> mandatoryTeams, Map<String, String> serviceOwners,
                                  Collection<String> serviceIds, Collection<String> incidentTeams,
                                  Collection<TeamMember> members, boolean leaderNamed) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        mandatoryTeams.forEach(team -> need(reasons, team, "mandatory team"));
        serviceIds.stream().filter(serviceOwners::containsKey)
                .forEach(service -> need(reasons, serviceOwners.get(service), "owns affected service " + service));
        incidentTeams.forEach(team -> need(reasons, team, "assigned a linked incident"));

        List<Requirement> teams = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        reasons.forEach((team, because) -> {
            List<String> names = members.stream().filter(m -> sameTeam(m.team(), team)).map(m -> m.person().name()).toList();
            teams.add(new Requirement(team, List.copyOf(because), !names.isEmpty(), names));
            if (names.isEmpty()) {
                gaps.add("no member from " + team);
            }
        });
        boolean named = members.stream().anyMatch(m -> m.role() == MemberRole.COMMUNICATIONS_COORDINATOR);
        boolean byLeader = !named && leaderNamed;
        if (!named && !byLeader) {
            gaps.add("no Communications Coordinator named");
        }
        return new TeamCoverage(teams, named || byLeader, byLeader, gaps);
    }

    public static boolean sameTeam(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    private static void need(Map<String, List<String>> reasons, String team, String because) {
        if (team == null || team.isBlank()) {
            return;
        }
        String existing = reasons.keySet().stream().filter(t -> sameTeam(t, team)).findFirst().orElse(team.trim());
        reasons.computeIfAbsent(existing, t -> new ArrayList<>()).add(because);
    }

    /**
     * One team identity: the catalog's team ids (incident-service's {@code /api/v1/teams}) are the names; "Server Team",
     * "server-team" and "SERVER_TEAM" are one team however a person types it.
     */
    private static String key(String team) {
        return team.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").trim();
    }
}
