package org.opsdesk.major.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small rules: coordinator chain (MI-2), team coverage (MI-3), incident triage (IN-16), long outage (MI-10). */
class PoliciesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");
    private static final CoordinatorChain CHAIN =
            new CoordinatorChain(List.of("ITOCC_MANAGER", "ITOCC_DESIGNEE", "STRATEGIC_INITIATIVES", "SERVICE_QUALITY"));

    private static Optional<Person> person(String role, String... onDuty) {
        return List.of(onDuty).contains(role) ? Optional.of(new Person(role.toLowerCase(), null, null, null)) : Optional.empty();
    }

    @ParameterizedTest(name = "on duty {0} -> {1}")
    @CsvSource({
            "ITOCC_MANAGER;ITOCC_DESIGNEE;SERVICE_QUALITY, ITOCC_MANAGER",
            "ITOCC_DESIGNEE;STRATEGIC_INITIATIVES, ITOCC_DESIGNEE",
            "STRATEGIC_INITIATIVES;SERVICE_QUALITY, STRATEGIC_INITIATIVES",
            "SERVICE_QUALITY, SERVICE_QUALITY",
            "CIO;DUTY_MANAGER, NONE"})
    void theFirstRoleOnDutyAlongTheChainLeads(String onDuty, String expected) {
        var lead = CHAIN.firstOnDuty(role -> person(role, onDuty.split(";")));
        assertThat(lead.map(CoordinatorChain.Assignment::dutyRole).orElse("NONE")).isEqualTo(expected);
        assertThat(CHAIN.describe()).isEqualTo("ITOCC_MANAGER → ITOCC_DESIGNEE → STRATEGIC_INITIATIVES → SERVICE_QUALITY");
    }

    @Test
    void coverageListsEachRequiredTeamWithWhyAndWhoAndTheGaps() {
        UUID mi = UUID.randomUUID();
        var members = List.of(
                TeamMember.add(mi, new Person("Nina", null, null, null), "network", MemberRole.RESPONDER, NOW, "ada"),
                TeamMember.add(mi, new Person("Cora", null, null, null), "Strategic Initiatives", MemberRole.COMMUNICATIONS_COORDINATOR, NOW, "ada"));
        TeamCoverage coverage = TeamCoverage.of(List.of("Strategic Initiatives", "Network", "Database"),
                Map.of("payroll", "Payroll Apps", "other", "Other"), List.of("payroll"), List.of("Database", "Desktop"), members, true);
        assertThat(coverage.teams()).extracting(TeamCoverage.Requirement::team)
                .containsExactly("Strategic Initiatives", "Network", "Database", "Payroll Apps", "Desktop");
        assertThat(coverage.teams().get(1).covered()).isTrue();
        assertThat(coverage.teams().get(1).members()).containsExactly("Nina");
        assertThat(coverage.teams().get(2).requiredBecause()).containsExactly("mandatory team", "assigned a linked incident");
        assertThat(coverage.communicationsCoordinatorNamed()).isTrue();
        assertThat(coverage.communicationsByLeader()).isFalse();
        assertThat(coverage.gaps()).containsExactly("no member from Database", "no member from Payroll Apps", "no member from Desktop");
    }

    @Test
    void oneTeamSpelledDifferentlyByTheCatalogTheRosterAndTheIncidentsIsOneRequirement() {
        UUID mi = UUID.randomUUID();
        var members = List.of(TeamMember.add(mi, new Person("Sam", null, null, null), "service_desk", MemberRole.RESPONDER, NOW, "ada"));
        TeamCoverage coverage = TeamCoverage.of(List.of("Service Desk"), Map.of("email", "service-desk"), List.of("email"),
                List.of("SERVICE DESK"), members, true);
        assertThat(coverage.teams()).singleElement().satisfies(team -> {
            assertThat(team.team()).isEqualTo("Service Desk");
            assertThat(team.requiredBecause()).containsExactly("mandatory team", "owns affected service email", "assigned a linked incident");
            assertThat(team.members()).containsExactly("Sam");
        });
    }

    @Test
    void withoutACommunicationsCoordinatorNorALeaderThatIsAGap() {
        TeamCoverage coverage = TeamCoverage.of(List.of(), Map.of(), List.of(), List.of(), List.of(), false);
        assertThat(coverage.gaps()).containsExactly("no Communications Coordinator named");
    }

    /** 002 §IV.G: the leader "serves as, or designates, the Communications Coordinator". */
    @Test
    void theLeaderServesAsCommunicationsCoordinatorUntilOneIsNamedAndThatIsNoGap() {
        TeamCoverage coverage = TeamCoverage.of(List.of(), Map.of(), List.of(), List.of(), List.of(), true);
        assertThat(coverage.gaps()).isEmpty();
        assertThat(coverage.communicationsCoordinatorNamed()).isTrue();
        assertThat(coverage.communicationsByLeader()).isTrue();
    }

    /**
     * Issue 18 (auto-linking: only the same alert group is linked, the rest on an affected service proposed) and 004 §3.3,
     * §3.6 (the desk's or monitoring's severity 1 on a significant service declares; a customer's request or a service
     * that is not significant is proposed). Columns: open, severity, linked, covered, same alert group linked, proposed,
     * customer requested, only on insignificant services, mode (triaged; the others PROPOSE).
     */
    @ParameterizedTest(name = "open={0} sev={1} linked={2} covered={3} group={4} proposed={5} customer={6} insignificant={7} mode={8} -> {9}")
    @CsvSource({
            "true, 1, false, false, false, false, false, false, DECLARE, DECLARE",
            "true, 1, false, false, false, false, false, false, PROPOSE, PROPOSE",
            "true, 1, false, false, false, false, false, false, OFF, NOTHING",
            "true, 1, false, false, false, false, true, false, DECLARE, PROPOSE",
            "true, 1, false, false, false, false, false, true, DECLARE, PROPOSE",
            "true, 2, false, false, false, false, false, false, DECLARE, NOTHING",
            "true, 3, false, true, false, false, false, false, DECLARE, PROPOSE_LINK",
            "true, 2, false, true, false, true, false, false, PROPOSE, PROPOSE_LINK",
            "true, 1, false, true, false, false, false, false, DECLARE, PROPOSE_LINK",
            "true, 3, false, true, true, false, false, false, DECLARE, LINK_TO_OPEN_MAJOR_INCIDENT",
            "true, 4, false, false, true, false, false, true, OFF, LINK_TO_OPEN_MAJOR_INCIDENT",
            "true, 1, true, true, true, false, false, false, DECLARE, NOTHING",
            "true, 1, false, false, false, true, false, false, DECLARE, NOTHING",
            "true, 1, false, false, false, true, false, false, PROPOSE, NOTHING",
            "false, 1, false, true, true, false, false, false, DECLARE, NOTHING"})
    void anIncidentEventDeclaresProposesLinksOrDoesNothing(boolean open, int severity, boolean linked, boolean covered,
                                                           boolean group, boolean proposed, boolean customer,
                                                           boolean insignificant, AutomaticDeclaration mode,
                                                           IncidentTriage.Outcome expected) {
        var facts = new IncidentTriage.Facts(open, severity, linked, covered, group, proposed, customer, insignificant);
        var rules = new IncidentTriage.Rules(mode, AutomaticDeclaration.PROPOSE, AutomaticDeclaration.PROPOSE, 1);
        assertThat(IncidentTriage.decide(facts, rules)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} after open={1} -> {2}")
    @CsvSource({"incident.resolved, true, false", "incident.referred, true, false", "incident.closed, true, false",
            "incident.reopened, false, true", "incident.created, false, true", "incident.assigned, false, false",
            "incident.updated, true, true"})
    void resolutionAndReopeningDecideWhetherTheIncidentIsOpen(String type, boolean before, boolean after) {
        assertThat(IncidentTriage.openAfter(type, before)).isEqualTo(after);
    }

    @ParameterizedTest(name = "open={0} significant={1} sev={2} age={3}min -> {4}")
    @CsvSource({"true, true, 2, 120, true", "true, true, 1, 600, true", "true, true, 2, 119, false",
            "true, false, 1, 600, false", "true, true, 3, 600, false", "false, true, 1, 600, false"})
    void aLongOutageIsTwoHoursOnASignificantServiceAtSeverityTwoOrWorse(boolean open, boolean significant, int severity,
                                                                        long ageMinutes, boolean expected) {
        var snapshot = new KnownIncident.Snapshot(UUID.randomUUID(), "INC-0000001", "NEW", "x", severity, List.of("mail"),
                significant, null, null, NOW.minus(Duration.ofMinutes(ageMinutes)), null, "MONITORING", null, null);
        KnownIncident incident = KnownIncident.learn(snapshot, open, NOW);
        assertThat(incident.isLongOutage(NOW, Duration.ofHours(2), 2)).isEqualTo(expected);
    }

    @Test
    void aProposalIsDecidedOnce() {
        assertThat(ProposalStatus.PENDING.after(ProposalStatus.Command.CONFIRM)).isEqualTo(ProposalStatus.CONFIRMED);
        assertThat(ProposalStatus.PENDING.after(ProposalStatus.Command.REJECT)).isEqualTo(ProposalStatus.REJECTED);
        for (ProposalStatus decided : List.of(ProposalStatus.CONFIRMED, ProposalStatus.REJECTED)) {
            for (ProposalStatus.Command command : ProposalStatus.Command.values()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> decided.after(command))
                        .isInstanceOf(org.opsdesk.platform.errors.IllegalTransitionException.class);
            }
        }
    }
}
