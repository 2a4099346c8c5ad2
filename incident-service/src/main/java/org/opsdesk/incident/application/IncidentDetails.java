package org.opsdesk.incident.application;

import java.util.List;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.reference.HelpDesk;
import org.opsdesk.incident.domain.reference.KnownError;

/** An incident with what the desk needs next to it: possible duplicates, known errors, the desk it was referred to. */
public record IncidentDetails(Incident incident, List<Incident> possibleDuplicates, List<KnownError> knownErrorSuggestions,
                              HelpDesk referredTo) {
}
