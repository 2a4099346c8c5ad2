package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opsdesk.incident.domain.reference.PriorityMatrix;
import org.opsdesk.platform.errors.InvalidFieldException;

/** The priority matrix (IN-4) is total over impact × urgency: every cell given once, in any order, and nothing else. */
class PriorityMatrixPropertiesTest {

    /** The 12 cells, each with some priority, in some order. */
    @Provide
    Arbitrary<List<PriorityMatrix.Cell>> completeMatrices() {
        return Arbitraries.of(Priority.class).list().ofSize(12).flatMap(priorities -> Arbitraries.randomValue(random -> {
            List<PriorityMatrix.Cell> cells = new ArrayList<>();
            for (int severity = 1; severity <= 4; severity++) {
                for (Urgency urgency : Urgency.values()) {
                    cells.add(new PriorityMatrix.Cell(severity, urgency, priorities.get(cells.size())));
                }
            }
            Collections.shuffle(cells, random);
            return cells;
        }));
    }

    @Property
    void everyImpactAndUrgencyHasThePriorityItWasGiven(@ForAll("completeMatrices") List<PriorityMatrix.Cell> cells) {
        PriorityMatrix matrix = new PriorityMatrix(cells);
        for (PriorityMatrix.Cell cell : cells) {
            assertThat(matrix.priorityOf(cell.severity(), cell.urgency())).isEqualTo(cell.priority());
        }
        assertThat(matrix.cells()).containsExactlyInAnyOrderElementsOf(cells);
        assertThat(new PriorityMatrix(matrix.cells()).cells()).isEqualTo(matrix.cells());
    }

    @Property
    void aMatrixMissingAnyCellIsRefusedNamingIt(@ForAll("completeMatrices") List<PriorityMatrix.Cell> cells,
                                                @ForAll @IntRange(min = 0, max = 11) int removed) {
        List<PriorityMatrix.Cell> incomplete = new ArrayList<>(cells);
        PriorityMatrix.Cell missing = incomplete.remove(removed);
        assertThatThrownBy(() -> new PriorityMatrix(incomplete)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining(missing.severity() + "/" + missing.urgency());
    }

    @Property
    void aCellGivenTwiceIsRefused(@ForAll("completeMatrices") List<PriorityMatrix.Cell> cells,
                                  @ForAll @IntRange(min = 0, max = 11) int repeated, @ForAll Priority priority, @ForAll long seed) {
        List<PriorityMatrix.Cell> extra = new ArrayList<>(cells);
        PriorityMatrix.Cell again = cells.get(repeated);
        extra.add(new PriorityMatrix.Cell(again.severity(), again.urgency(), priority));
        Collections.shuffle(extra, new Random(seed));
        assertThatThrownBy(() -> new PriorityMatrix(extra)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("twice");
    }

    @Provide
    Arbitrary<Integer> outsideTheScale() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-5, 0), Arbitraries.integers().between(5, 10));
    }

    @Property
    void aCellOutsideTheScaleIsRefused(@ForAll("completeMatrices") List<PriorityMatrix.Cell> cells,
                                       @ForAll("outsideTheScale") int severity, @ForAll Urgency urgency, @ForAll Priority priority) {
        List<PriorityMatrix.Cell> outside = new ArrayList<>(cells);
        outside.add(new PriorityMatrix.Cell(severity, urgency, priority));
        assertThatThrownBy(() -> new PriorityMatrix(outside)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("severity must be 1 to 4");
    }
}
