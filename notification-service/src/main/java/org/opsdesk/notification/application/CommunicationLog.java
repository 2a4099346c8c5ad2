package org.opsdesk.notification.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryAttempt;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.persistence.DeliveryAttemptRepository;
import org.opsdesk.notification.persistence.DeliveryRepository;
import org.opsdesk.notification.persistence.PlanRepository;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** The delivery log of a major incident or an incident: every slot and notice with its attempts. */
@ApplicationScoped
public class CommunicationLog {

    private final DeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final PlanRepository plans;

    CommunicationLog(DeliveryRepository deliveries, DeliveryAttemptRepository attempts, PlanRepository plans) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.plans = plans;
    }

    public record Entry(Delivery delivery, List<DeliveryAttempt> attempts) {
    }

    public Page<Entry> of(SubjectType type, UUID subjectId, PageRequest page) {
        long total = deliveries.countOf(type, subjectId);
        if (total == 0 && plans.findBySubject(type, subjectId).isEmpty()) {
            throw new ResourceNotFoundException(type == SubjectType.MAJOR_INCIDENT ? "communications of major incident"
                    : "communications of incident", subjectId);
        }
        List<Delivery> items = deliveries.pageOf(type, subjectId, page.offset(), page.size());
        Map<UUID, List<DeliveryAttempt>> byDelivery = attempts.of(items.stream().map(Delivery::id).toList()).stream()
                .collect(Collectors.groupingBy(DeliveryAttempt::deliveryId));
        return new Page<>(items.stream().map(d -> new Entry(d, byDelivery.getOrDefault(d.id(), List.of()))).toList(),
                total, page.page(), page.size());
    }
}
