package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.Deadlines;
import org.opsdesk.incident.domain.DisputeWindow;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.SlaSettings;
import org.opsdesk.incident.domain.SlaTerms;
import org.opsdesk.incident.domain.UnreachableCustomerRule;
import org.opsdesk.incident.domain.Urgency;
import org.opsdesk.incident.domain.reference.KnownError;
import org.opsdesk.incident.domain.reference.ReferenceSnapshot;
import org.opsdesk.incident.persistence.IncidentRepository;
import org.opsdesk.incident.persistence.KnownErrorRepository;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.time.BusinessCalendar;

/** What the reference data says about an incident: priority, SLA targets, significance, deadlines, related cases. */
@ApplicationScoped
public class Triage {

    private final ReferenceCache reference;
    private final KnownErrorRepository knownErrors;
    private final IncidentRepository incidents;
    private final IncidentConfig config;
    private final BusinessCalendar calendar;

    Triage(ReferenceCache reference, KnownErrorRepository knownErrors, IncidentRepository incidents, IncidentConfig config,
           BusinessCalendar calendar) {
        this.reference = reference;
        this.knownErrors = knownErrors;
        this.incidents = incidents;
        this.config = config;
        this.calendar = calendar;
    }

    public Priority priority(int severity, Urgency urgency) {
        return reference.current().priority(severity, urgency);
    }

    public SlaTerms terms(String customerOrg, int severity, Priority priority) {
        return reference.current().terms(customerOrg, severity, priority)
                .orElseThrow(() -> new ConflictException("no SLA policy covers " + priority + "; an admin must define one"));
    }

    public SlaSettings settings() {
        return new SlaSettings(config.sla().warnAt(), calendar);
    }

    /** @throws InvalidFieldException naming the first service the catalog does not know */
    public boolean significant(List<String> serviceIds) {
        ReferenceSnapshot catalog = reference.current();
        boolean significant = false;
        for (String id : serviceIds) {
            significant |= catalog.significance(id).orElseThrow(() -> new InvalidFieldException("serviceIds", "unknown service " + id));
        }
        return significant;
    }

    public void requireCategory(String code) {
        if (code != null && !reference.current().isActiveCategory(code)) {
            throw new InvalidFieldException("category", "unknown or inactive category " + code);
        }
    }

    /** The dispute deadline and the automatic closure of a case resolved at {@code now} (IN-13). */
    public Deadlines deadlines(Instant now) {
        IncidentConfig.Resolution r = config.resolution();
        return new DisputeWindow(r.disputeWindowDays(), r.autoCloseAfterDays(), r.businessDays()).deadlines(now, calendar);
    }

    public UnreachableCustomerRule unreachableCustomerRule() {
        IncidentConfig.UnreachableCustomer u = config.unreachableCustomer();
        return new UnreachableCustomerRule(u.minAttempts(), u.requiredMethods(), u.minBusinessDays(), u.backdateGrace());
    }

    public List<Incident> possibleDuplicates(Incident incident) {
        IncidentConfig.Duplicates d = config.duplicates();
        return incidents.similarOpen(incident.id(), incident.serviceIds(), incident.summary(),
                incident.receivedAt().minus(d.window()), d.similarity(), d.max(), d.recent());
    }

    public List<KnownError> knownErrorSuggestions(Incident incident) {
        String symptoms = incident.summary() + (incident.description() == null ? "" : " " + incident.description());
        return knownErrors.matching(symptoms, config.knownErrorSuggestions());
    }
}
