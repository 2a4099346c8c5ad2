package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.persistence.DeliveryRepository;

/** What a plan's readers see besides the plan: each audience's recipients today and its next update time. */
@ApplicationScoped
public class PlanQueries {

    private final DeliveryRepository deliveries;
    private final SlotPlanner planner;

    PlanQueries(DeliveryRepository deliveries, SlotPlanner planner) {
        this.deliveries = deliveries;
        this.planner = planner;
    }

    @Transactional
    public Map<String, Instant> nextUpdates(CommunicationPlan plan) {
        return deliveries.pendingUpdates(plan.id()).stream()
                .collect(Collectors.toMap(Delivery::audience, Delivery::dueAt, (a, b) -> a.isBefore(b) ? a : b));
    }

    @Transactional
    public List<Recipient> recipients(PlanAudience audience) {
        return planner.recipients(audience);
    }
}
