package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opsdesk.incident.domain.reference.PriorityMatrix;
import org.opsdesk.incident.domain.reference.ReferenceSnapshot;
import org.opsdesk.incident.domain.reference.SlaPolicy;
import org.opsdesk.incident.domain.reference.Team;
import org.opsdesk.platform.errors.InvalidFieldException;

class ReferenceDataTest {

    private static List<PriorityMatrix.Cell> fullMatrix() {
        List<PriorityMatrix.Cell> cells = new ArrayList<>();
        for (int severity = 1; severity <= 4; severity++) {
            for (Urgency urgency : Urgency.values()) {
                cells.add(new PriorityMatrix.Cell(severity, urgency, Priority.values()[Math.min(4, severity - 1 + urgency.ordinal())]));
            }
        }
        return cells;
    }

    @Test
    void theMatrixGivesThePriorityOfImpactAndUrgency() {
        PriorityMatrix matrix = new PriorityMatrix(fullMatrix());
        assertThat(matrix.priorityOf(1, Urgency.HIGH)).isEqualTo(Priority.P1);
        assertThat(matrix.priorityOf(2, Urgency.MEDIUM)).isEqualTo(Priority.P3);
        assertThat(matrix.priorityOf(4, Urgency.LOW)).isEqualTo(Priority.P5);
        assertThat(matrix.cells()).hasSize(12);
    }

    @Test
    void anIncompleteOrAmbiguousMatrixIsRefused() {
        List<PriorityMatrix.Cell> missing = fullMatrix();
        missing.remove(0);
        assertThatThrownBy(() -> new PriorityMatrix(missing)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("1/HIGH");
        List<PriorityMatrix.Cell> twice = fullMatrix();
        twice.add(new PriorityMatrix.Cell(1, Urgency.HIGH, Priority.P2));
        assertThatThrownBy(() -> new PriorityMatrix(twice)).hasMessageContaining("given twice");
        List<PriorityMatrix.Cell> outOfRange = fullMatrix();
        outOfRange.add(new PriorityMatrix.Cell(5, Urgency.HIGH, Priority.P2));
        assertThatThrownBy(() -> new PriorityMatrix(outOfRange)).hasMessageContaining("severity must be 1 to 4");
    }

    @Test
    void theManagementChainIsClimbedOneLevelAtATimeAndEndsAtItsTop() {
        Team team = new Team("server-team");
        team.define("Server Team", 2, null, "infra", Set.of(), List.of(new Contact("Manager", null, null), new Contact("Director", null, null)));
        assertThat(team.managerAt(1)).get().extracting(Contact::name).isEqualTo("Manager");
        assertThat(team.managerAt(2)).get().extracting(Contact::name).isEqualTo("Director");
        assertThat(team.managerAt(7)).get().extracting(Contact::name).isEqualTo("Director");
        Team noManagers = new Team("empty");
        noManagers.define("Empty", 2, null, null, Set.of(), List.of());
        assertThat(noManagers.managerAt(1)).isEmpty();
    }

    @Test
    void aTeamListingItsMembersAcceptsOnlyThem() {
        Team open = new Team("a");
        open.define("A", 2, null, null, Set.of(), List.of());
        assertThat(open.hasMember("anyone")).isTrue();
        Team listed = new Team("b");
        listed.define("B", 2, null, null, Set.of("tess"), List.of());
        assertThat(listed.hasMember("tess")).isTrue();
        assertThat(listed.hasMember("nina")).isFalse();
        assertThatThrownBy(() -> listed.define("B", 2, null, "b", Set.of(), List.of())).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aClientsTermsPerSeverityComeBeforeThePriorityTerms() {
        SlaPolicy defaultP2 = new SlaPolicy(null, Priority.P2);
        defaultP2.define(Duration.ofMinutes(30), Duration.ofHours(8), SlaHours.TWENTY_FOUR_SEVEN);
        SlaPolicy revenueSeverity2 = SlaPolicy.perSeverity("dept-of-revenue", 2);
        revenueSeverity2.define(Duration.ofMinutes(10), Duration.ofHours(2), SlaHours.TWENTY_FOUR_SEVEN);
        ReferenceSnapshot snapshot = new ReferenceSnapshot(new PriorityMatrix(fullMatrix()), List.of(defaultP2, revenueSeverity2),
                List.of(), List.of());
        assertThat(snapshot.terms("dept-of-revenue", 2, Priority.P2)).get().extracting(SlaTerms::resolutionTarget)
                .isEqualTo(Duration.ofHours(2));
        assertThat(snapshot.terms("dept-of-revenue", 3, Priority.P2)).get().extracting(SlaTerms::resolutionTarget)
                .isEqualTo(Duration.ofHours(8));
        assertThat(snapshot.terms("dept-of-labor", 2, Priority.P2)).get().extracting(SlaTerms::resolutionTarget)
                .isEqualTo(Duration.ofHours(8));
        assertThatThrownBy(() -> SlaPolicy.perSeverity(null, 2)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("client");
        assertThatThrownBy(() -> SlaPolicy.perSeverity("dept-of-revenue", 5)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void theAssigneesQueueMembersAndManagersAreKnownByNameOrEmail() {
        Team team = new Team("c");
        team.define("C", 2, null, null, Set.of("tess"), List.of(new Contact("mia.manager", "mia@opsdesk.example", null)));
        assertThat(team.isManagedBy("mia.manager")).isTrue();
        assertThat(team.isManagedBy("MIA@opsdesk.example")).isTrue();
        assertThat(team.isManagedBy("tess")).isFalse();
    }
}
