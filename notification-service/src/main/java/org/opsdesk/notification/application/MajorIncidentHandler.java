package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.opsdesk.notification.domain.DutyShift;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.MajorIncidentView;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.persistence.MajorIncidentViewRepository;

/**
 * What a major-incident event changes here: the snapshot messages are built from, and the plan's lifecycle; a newly
 * published status update goes out at once (CO-1). Proposal events become notices to the reporter, duty-shift events
 * the duty roster; those that need a person are routed to them (MajorIncidentAlerts).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MajorIncidentHandler {

    public static final String DECLARED = "major-incident.declared";
    public static final String RESOLVED = "major-incident.resolved";
    public static final String CLOSED = "major-incident.closed";
    public static final String REOPENED = "major-incident.reopened";
    public static final String STATUS_UPDATE_PUBLISHED = "major-incident.status-update-published";
    public static final String DUTY_SHIFT_SAVED = DutyRoster.SAVED;
    public static final String DUTY_SHIFT_REMOVED = DutyRoster.REMOVED;

    private final MajorIncidentViewRepository views;
    private final PlanService plans;
    private final ProposalNotices proposals;
    private final DutyRoster roster;
    private final MajorIncidentAlerts alerts;

    MajorIncidentHandler(MajorIncidentViewRepository views, PlanService plans, ProposalNotices proposals, DutyRoster roster,
                         MajorIncidentAlerts alerts) {
        this.views = views;
        this.plans = plans;
        this.proposals = proposals;
        this.roster = roster;
        this.alerts = alerts;
    }

    public void on(String type, MajorIncidentFacts facts, MajorIncidentAlerts.Event alert, Instant eventTime) {
        keep(type, facts, eventTime);
        alerts.on(type, alert, eventTime);
    }

    public void proposal(String type, ProposalNotices.Proposal proposal, MajorIncidentAlerts.Event alert, Instant eventTime) {
        proposals.on(type, proposal);
        alerts.on(type, alert, eventTime);
    }

    public void dutyShift(String type, DutyShift.Data shift) {
        roster.on(type, shift);
    }

    private void keep(String type, MajorIncidentFacts facts, Instant eventTime) {
        MajorIncidentView view = views.findByIdOptional(facts.majorIncidentId()).orElse(null);
        Instant statusBefore = view == null ? null : view.facts().statusPublishedAt();
        if (view == null) {
            view = new MajorIncidentView(facts, eventTime);
            views.persist(view);
        } else if (!view.apply(facts, eventTime)) {
            return;
        }
        switch (type) {
            case RESOLVED, CLOSED -> plans.resolve(SubjectType.MAJOR_INCIDENT, facts.majorIncidentId(), "major incident resolved");
            case REOPENED -> plans.reopen(facts.majorIncidentId());
            default -> {
                if (view.facts().isOpen()) {
                    plans.openForMajorIncident(view.facts(), eventTime);
                    if (type.equals(STATUS_UPDATE_PUBLISHED) && isNew(view.facts().statusPublishedAt(), statusBefore)) {
                        plans.sendNow(facts.majorIncidentId());
                    }
                }
            }
        }
    }

    /** A status update not seen before: the same one delivered again is sent once (its slots already went out). */
    private static boolean isNew(Instant published, Instant before) {
        return published != null && (before == null || published.isAfter(before));
    }
}
