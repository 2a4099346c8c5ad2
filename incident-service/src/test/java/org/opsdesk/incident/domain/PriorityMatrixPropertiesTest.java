package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opsdesk.platform.testing.Properties.between;
import static org.opsdesk.platform.testing.Properties.forAll;
import static org.opsdesk.platform.testing.Properties.oneOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opsdesk.incident.domain.reference.PriorityMatrix;
import org.opsdesk.platform.errors.InvalidFieldException;

/** The priority matrix (IN-4) is total over impact × urgency: every cell given once, in any order, and nothing else. */
class PriorityMatrixPropertiesTest {

    /** The 12 cells, each with some priority, in some order. */
    private static List<PriorityMatrix.Cell> completeMatrix(Random random) {
        List<PriorityMatrix.Cell> cells = new ArrayList<>();
        for (int severity = 1; severity <= 4; severity++) {
            for (Urgency urgency : Urgency.values()) {
                cells.add(new PriorityMatrix.Cell(severity, urgency, oneOf(random, Priority.values())));
            }
        }
        Collections.shuffle(cells, random);
        return cells;
    }

    @Test
    void everyImpactAndUrgencyHasThePriorityItWasGiven() {
        forAll("every impact and urgency has the priority it was given", 1000, PriorityMatrixPropertiesTest::completeMatrix, cells -> {
            PriorityMatrix matrix = new PriorityMatrix(cells);
            for (PriorityMatrix.Cell cell : cells) {
                assertThat(matrix.priorityOf(cell.severity(), cell.urgency())).isEqualTo(cell.priority());
            }
            assertThat(matrix.cells()).containsExactlyInAnyOrderElementsOf(cells);
            assertThat(new PriorityMatrix(matrix.cells()).cells()).isEqualTo(matrix.cells());
        });
    }

    @Test
    void aMatrixMissingAnyCellIsRefusedNamingIt() {
        record Case(List<PriorityMatrix.Cell> cells, int removed) {
        }
        forAll("a matrix missing any cell is refused naming it", 1000,
                random -> new Case(completeMatrix(random), between(random, 0, 11)), c -> {
                    List<PriorityMatrix.Cell> incomplete = new ArrayList<>(c.cells());
                    PriorityMatrix.Cell missing = incomplete.remove(c.removed());
                    assertThatThrownBy(() -> new PriorityMatrix(incomplete)).isInstanceOf(InvalidFieldException.class)
                            .hasMessageContaining(missing.severity() + "/" + missing.urgency());
                });
    }

    @Test
    void aCellGivenTwiceIsRefused() {
        record Case(List<PriorityMatrix.Cell> cells, int repeated, Priority priority, long seed) {
        }
        forAll("a cell given twice is refused", 1000, random -> new Case(completeMatrix(random), between(random, 0, 11),
                oneOf(random, Priority.values()), random.nextLong()), c -> {
                    List<PriorityMatrix.Cell> extra = new ArrayList<>(c.cells());
                    PriorityMatrix.Cell again = c.cells().get(c.repeated());
                    extra.add(new PriorityMatrix.Cell(again.severity(), again.urgency(), c.priority()));
                    Collections.shuffle(extra, new Random(c.seed()));
                    assertThatThrownBy(() -> new PriorityMatrix(extra)).isInstanceOf(InvalidFieldException.class)
                            .hasMessageContaining("twice");
                });
    }

    @Test
    void aCellOutsideTheScaleIsRefused() {
        record Case(List<PriorityMatrix.Cell> cells, int severity, Urgency urgency, Priority priority) {
        }
        forAll("a cell outside the scale is refused", 1000, random -> new Case(completeMatrix(random),
                random.nextBoolean() ? between(random, -5, 0) : between(random, 5, 10),
                oneOf(random, Urgency.values()), oneOf(random, Priority.values())), c -> {
                    List<PriorityMatrix.Cell> outside = new ArrayList<>(c.cells());
                    outside.add(new PriorityMatrix.Cell(c.severity(), c.urgency(), c.priority()));
                    assertThatThrownBy(() -> new PriorityMatrix(outside)).isInstanceOf(InvalidFieldException.class)
                            .hasMessageContaining("severity must be 1 to 4");
                });
    }
}
