package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.opsdesk.review.domain.IncidentFacts;
import org.opsdesk.review.domain.MajorIncidentFacts;
import org.opsdesk.review.persistence.IncidentFactRepository;
import org.opsdesk.review.persistence.IncidentFactRepository.IncidentFact;
import org.opsdesk.review.persistence.MajorIncidentFactRepository;
import org.opsdesk.review.persistence.MajorIncidentFactRepository.MajorIncidentFact;
import org.opsdesk.review.persistence.TimelineRepository;

/** Records what incident and major-incident events tell: facts for metrics and reports, and timeline entries. */
@ApplicationScoped
public class EventFacts {

    private final IncidentFactRepository incidents;
    private final MajorIncidentFactRepository majorIncidents;
    private final TimelineRepository timeline;

    EventFacts(IncidentFactRepository incidents, MajorIncidentFactRepository majorIncidents, TimelineRepository timeline) {
        this.incidents = incidents;
        this.majorIncidents = majorIncidents;
        this.timeline = timeline;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void incident(String eventId, String type, Instant eventTime, IncidentFacts s) {
        Instant created = s.createdAt() != null ? s.createdAt() : eventTime;
        incidents.upsert(new IncidentFact(s.incidentId(), s.number(), s.summary(), s.severity(), s.priority(), s.category(),
                s.services(), s.onSignificantService(), s.customerOrg(), s.reporter() == null ? null : s.reporter().name(),
                s.reporter() == null ? null : s.reporter().email(), s.majorIncidentId(), created, null, null));
        Instant at = s.at() != null ? s.at() : eventTime;
        switch (type) {
            case "incident.acknowledged" -> incidents.acknowledged(s.incidentId(), at);
            case "incident.resolved" -> incidents.resolved(s.incidentId(), s.resolvedAt() != null ? s.resolvedAt() : eventTime);
            case "incident.reopened" -> incidents.reopened(s.incidentId());
            case "incident.sla-breached" -> incidents.breached(s.incidentId(), s.target());
            default -> { }
        }
        Instant when = switch (type) {
            case "incident.created" -> created;
            case "incident.resolved" -> s.resolvedAt() != null ? s.resolvedAt() : eventTime;
            default -> at;
        };
        timeline.add(eventId, s.majorIncidentId(), s.incidentId(), when, type, TimelineText.ofIncident(type, s));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void majorIncident(String eventId, String type, Instant eventTime, MajorIncidentFacts s) {
        List<String> team = s.team() == null ? null : s.team().stream().map(MajorIncidentFacts.TeamMember::line).toList();
        majorIncidents.upsert(new MajorIncidentFact(s.majorIncidentId(), s.number(), s.title(), s.type(), s.services(),
                s.incidents(), s.impactSummary(), s.resolutionSummary(), s.coordinator() == null ? null : s.coordinator().name(),
                s.coordinator() == null ? null : s.coordinator().email(), team, s.maxSeverity(), s.declaredAt(), s.resolvedAt()));
        Instant when = switch (type) {
            case "major-incident.declared" -> s.declaredAt() != null ? s.declaredAt() : eventTime;
            case "major-incident.resolved" -> s.resolvedAt() != null ? s.resolvedAt() : eventTime;
            case "major-incident.closed" -> s.closedAt() != null ? s.closedAt() : eventTime;
            case "major-incident.status-update-published" ->
                    s.statusUpdate() != null && s.statusUpdate().publishedAt() != null ? s.statusUpdate().publishedAt() : eventTime;
            default -> eventTime;
        };
        timeline.add(eventId, s.majorIncidentId(), null, when, type, TimelineText.ofMajorIncident(type, s));
    }
}
