package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import org.opsdesk.notification.domain.IncidentFacts;
import org.opsdesk.notification.domain.IncidentView;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.domain.TeamRoster;
import org.opsdesk.notification.persistence.IncidentViewRepository;

/**
 * Incident events: severity 1–2 incidents get a plan to the contacts of every organisation they affect, at each one's
 * pace, ending with "service restored" (CO-3); resolutions and referrals are announced to the reporter (CO-5); the
 * notices to people and the team rosters they resolve through are IncidentAlerts'.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IncidentHandler {

    private static final Set<String> OPENING = Set.of("incident.created", "incident.updated", "incident.escalated",
            "incident.assigned", "incident.reopened");

    private final IncidentViewRepository views;
    private final PlanService planService;
    private final ReporterNotices reporterNotices;
    private final IncidentAlerts alerts;

    IncidentHandler(IncidentViewRepository views, PlanService planService, ReporterNotices reporterNotices,
                    IncidentAlerts alerts) {
        this.views = views;
        this.planService = planService;
        this.reporterNotices = reporterNotices;
        this.alerts = alerts;
    }

    public void on(String type, IncidentFacts facts, IncidentAlerts.Event alert, Instant eventTime) {
        keep(type, facts, eventTime);
        alerts.on(type, alert);
    }

    public void teamChanged(TeamRoster.Data team) {
        alerts.teamChanged(team);
    }

    private void keep(String type, IncidentFacts facts, Instant eventTime) {
        IncidentView view = views.findByIdOptional(facts.incidentId()).orElse(null);
        if (view == null) {
            views.persist(new IncidentView(facts, eventTime));
        } else if (!view.apply(facts, eventTime)) {
            return;
        }
        switch (type) {
            case "incident.resolved" -> {
                planService.resolve(SubjectType.INCIDENT, facts.incidentId(), "service restored");
                reporterNotices.resolved(facts);
            }
            case "incident.referred" -> {
                planService.cancel(SubjectType.INCIDENT, facts.incidentId(),
                        "referred to " + (facts.helpDesk() == null ? "another help desk" : facts.helpDesk().name()));
                reporterNotices.referred(facts);
            }
            case "incident.closed" -> planService.resolve(SubjectType.INCIDENT, facts.incidentId(), "incident closed");
            default -> {
                if (OPENING.contains(type) && facts.concernsCustomers()) {
                    planService.openForIncident(facts, eventTime);
                }
            }
        }
    }
}
