package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of the events on notification.events.v1; docs/events/notification.*.schema.json describe them. */
public final class NotificationEvents {

    public static final String PLAN_CREATED = "notification.plan-created";
    public static final String UPDATE_SENT = "notification.update-sent";
    public static final String DELIVERY_FAILED = "notification.delivery-failed";
    public static final String COMMUNICATION_OVERDUE = "notification.communication-overdue";
    public static final String STATUS_STALE = "notification.status-stale";

    private NotificationEvents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanCreated(UUID majorIncidentId, UUID incidentId, UUID planId, List<PlanEntry> audiences, Instant createdAt) {
        public static PlanCreated of(CommunicationPlan plan) {
            boolean major = plan.subjectType() == SubjectType.MAJOR_INCIDENT;
            return new PlanCreated(major ? plan.subjectId() : null, major ? null : plan.subjectId(), plan.id(),
                    plan.audiences().stream().map(a -> new PlanEntry(a.audience(), a.channel().name(), a.cadence().toString())).toList(),
                    plan.createdAt());
        }
    }

    public record PlanEntry(String audience, String channel, String cadence) {
    }

    /** update-sent, delivery-failed, communication-overdue and status-stale all describe one delivery. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryEvent(UUID majorIncidentId, UUID incidentId, UUID deliveryId, String audience, String channel,
                                String kind, Integer slot, Instant dueAt, Instant sentAt, int attempts, boolean late,
                                boolean stale, String reason) {
        public static DeliveryEvent of(Delivery d, String reason) {
            boolean major = d.subjectType() == SubjectType.MAJOR_INCIDENT;
            return new DeliveryEvent(major ? d.subjectId() : null, major ? null : d.subjectId(), d.id(), d.audience(),
                    d.channel().name(), d.kind().name(), d.slot(), d.dueAt(), d.sentAt(), d.attempts(), d.late(), d.stale(), reason);
        }
    }
}
