package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.IncidentFacts;
import org.opsdesk.notification.domain.IncidentView;
import org.opsdesk.notification.domain.NotificationEvents;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.persistence.IncidentViewRepository;
import org.opsdesk.notification.persistence.PlanRepository;
import org.opsdesk.platform.events.Outbox;

/**
 * Incident events: severity 1–2 incidents get a plan to the contacts of every organisation they affect, at each one's
 * pace, ending with "service restored" (CO-3); resolutions and referrals are announced to the reporter (CO-5).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IncidentEvents {

    private static final Logger LOG = Logger.getLogger(IncidentEvents.class);
    private static final Set<String> OPENING = Set.of("incident.created", "incident.updated", "incident.escalated",
            "incident.assigned", "incident.reopened");

    private final IncidentViewRepository views;
    private final PlanRepository plans;
    private final AffectedOrganisations organisations;
    private final PlanService planService;
    private final SlotPlanner planner;
    private final ReporterNotices reporterNotices;
    private final Outbox outbox;
    private final Clock clock;

    IncidentEvents(IncidentViewRepository views, PlanRepository plans, AffectedOrganisations organisations, PlanService planService,
                   SlotPlanner planner, ReporterNotices reporterNotices, Outbox outbox, Clock clock) {
        this.views = views;
        this.plans = plans;
        this.organisations = organisations;
        this.planService = planService;
        this.planner = planner;
        this.reporterNotices = reporterNotices;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void on(String type, IncidentFacts facts, Instant eventTime) {
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
                plans.findBySubject(SubjectType.INCIDENT, facts.incidentId()).filter(CommunicationPlan::isActive).ifPresent(plan -> {
                    plan.resolve(clock.instant());
                    planner.cancelPending(plan, "referred to " + (facts.helpDesk() == null ? "another help desk" : facts.helpDesk().name()));
                });
                reporterNotices.referred(facts);
            }
            case "incident.closed" -> planService.resolve(SubjectType.INCIDENT, facts.incidentId(), "incident closed");
            default -> {
                if (OPENING.contains(type) && facts.concernsCustomers()) {
                    openCustomerPlan(facts, eventTime);
                }
            }
        }
    }

    /**
     * Every organisation the incident affects is notified within its terms, then updated at their cadence (004 §3.4,
     * CO-3); once per incident.
     */
    private void openCustomerPlan(IncidentFacts facts, Instant eventTime) {
        if (plans.findBySubject(SubjectType.INCIDENT, facts.incidentId()).isPresent()) {
            return;
        }
        List<AffectedOrganisations.Notified> notified = organisations.of(facts);
        if (notified.isEmpty()) {
            LOG.warnf("severity %d incident %s: no affected organisation has contacts to notify", facts.severity(), facts.reference());
            return;
        }
        Instant now = clock.instant();
        CommunicationPlan plan = CommunicationPlan.create(SubjectType.INCIDENT, facts.incidentId(), facts.reference(),
                facts.summary() == null ? facts.reference() : facts.summary(),
                notified.stream().flatMap(n -> n.audiences().stream()).toList(), now);
        plans.persist(plan);
        Instant received = facts.createdAt() != null ? facts.createdAt() : eventTime;
        notified.forEach(n -> planner.open(plan, n.audiences(), now, received.plus(n.notifyWithin()), now));
        outbox.append(plan.subjectId().toString(), NotificationEvents.PLAN_CREATED, NotificationEvents.PlanCreated.of(plan));
    }
}
