package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.MajorIncidentView;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.persistence.MajorIncidentViewRepository;

/** What a major-incident event changes here: the snapshot messages are built from, and the plan's lifecycle. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MajorIncidentEvents {

    public static final String DECLARED = "major-incident.declared";
    public static final String RESOLVED = "major-incident.resolved";
    public static final String CLOSED = "major-incident.closed";
    public static final String REOPENED = "major-incident.reopened";

    private final MajorIncidentViewRepository views;
    private final PlanService plans;

    MajorIncidentEvents(MajorIncidentViewRepository views, PlanService plans) {
        this.views = views;
        this.plans = plans;
    }

    public void on(String type, MajorIncidentFacts facts, Instant eventTime) {
        MajorIncidentView view = views.findByIdOptional(facts.majorIncidentId()).orElse(null);
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
                }
            }
        }
    }
}
