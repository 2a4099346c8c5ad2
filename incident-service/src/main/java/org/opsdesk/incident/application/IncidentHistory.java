package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opsdesk.incident.domain.FieldChange;
import org.opsdesk.incident.domain.HistoryEntry;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.persistence.HistoryRepository;

/** Appends what a command changed to the incident's history (IN-10): one line per field, or one for the action. */
@ApplicationScoped
public class IncidentHistory {

    private final HistoryRepository history;

    IncidentHistory(HistoryRepository history) {
        this.history = history;
    }

    /**
     * @param extra lines beyond the incident's own field changes, e.g. the reason given
     * @return the incident's field changes that were recorded
     */
    public List<FieldChange> record(Incident incident, String action, String actor, Instant at, FieldChange... extra) {
        List<FieldChange> changed = incident.drainChanges();
        List<FieldChange> lines = new ArrayList<>(changed);
        lines.addAll(List.of(extra));
        if (lines.isEmpty()) {
            history.persist(new HistoryEntry(incident.id(), at, actor, action, null));
        }
        lines.forEach(line -> history.persist(new HistoryEntry(incident.id(), at, actor, action, line)));
        return changed;
    }

    public static FieldChange reason(String reason) {
        return new FieldChange("reason", null, reason);
    }
}
