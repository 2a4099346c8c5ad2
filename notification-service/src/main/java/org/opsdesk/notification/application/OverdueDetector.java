package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.persistence.DeliveryRepository;

/** Raises communication-overdue once for every delivery still unsent at its deadline (CO-4). */
@ApplicationScoped
public class OverdueDetector {

    private static final int BATCH = 100;

    private final DeliveryRepository deliveries;
    private final CoordinatorAlerts alerts;
    private final TimeText time;

    OverdueDetector(DeliveryRepository deliveries, CoordinatorAlerts alerts, TimeText time) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.time = time;
    }

    /** @return how many deliveries were found overdue */
    @Transactional
    public int flagOverdue(Instant now) {
        List<Delivery> late = deliveries.lockOverdue(now, BATCH);
        for (Delivery delivery : late) {
            if (delivery.raiseOverdue()) {
                alerts.overdue(delivery, "not sent by its deadline " + time.format(delivery.deadlineAt())
                        + (delivery.lastError() == null ? "" : "; last error: " + delivery.lastError()));
            }
        }
        return late.size();
    }
}
