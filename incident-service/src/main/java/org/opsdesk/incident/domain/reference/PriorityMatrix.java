package org.opsdesk.incident.domain.reference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.Urgency;
import org.opsdesk.platform.errors.InvalidFieldException;

/** Impact (severity 1-4) × urgency → priority (IN-4). Complete: every cell has a priority. */
public final class PriorityMatrix {

    public record Cell(int severity, Urgency urgency, Priority priority) {
    }

    private final Map<Integer, Map<Urgency, Priority>> cells = new TreeMap<>();

    public PriorityMatrix(List<Cell> given) {
        for (Cell cell : given) {
            if (cell.severity() < 1 || cell.severity() > 4) {
                throw new InvalidFieldException("cells", "severity must be 1 to 4, not " + cell.severity());
            }
            Priority previous = cells.computeIfAbsent(cell.severity(), s -> new EnumMap<>(Urgency.class))
                    .put(cell.urgency(), cell.priority());
            if (previous != null) {
                throw new InvalidFieldException("cells", "severity %d with urgency %s is given twice".formatted(cell.severity(), cell.urgency()));
            }
        }
        List<String> missing = new ArrayList<>();
        for (int severity = 1; severity <= 4; severity++) {
            for (Urgency urgency : Urgency.values()) {
                if (!cells.getOrDefault(severity, Map.of()).containsKey(urgency)) {
                    missing.add(severity + "/" + urgency);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidFieldException("cells", "the matrix lacks " + String.join(", ", missing));
        }
    }

    public Priority priorityOf(int severity, Urgency urgency) {
        return cells.get(severity).get(urgency);
    }

    public List<Cell> cells() {
        List<Cell> list = new ArrayList<>();
        cells.forEach((severity, row) -> row.forEach((urgency, priority) -> list.add(new Cell(severity, urgency, priority))));
        return list;
    }
}
