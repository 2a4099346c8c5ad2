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
    public static final String PLAN_ADJUSTED = "notification.plan-adjusted";
    public static final String CONTACT_CHANGED = "notification.contact-changed";
    public static final String AUDIENCE_CHANGED = "notification.audience-changed";

    /** What happened to a contact or an audience; the data is its state after the change (its last state when DELETED). */
    public enum Action { CREATED, UPDATED, DELETED }

    private NotificationEvents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanCreated(UUID majorIncidentId, UUID incidentId, UUID planId, List<PlanEntry> audiences, Instant createdAt) {
        public static PlanCreated of(CommunicationPlan plan) {
            boolean major = plan.subjectType() == SubjectType.MAJOR_INCIDENT;
            return new PlanCreated(major ? plan.subjectId() : null, major ? null : plan.subjectId(), plan.id(),
                    PlanEntry.of(plan.audiences()), plan.createdAt());
        }
    }

    public record PlanEntry(String audience, String channel, String cadence) {
        static List<PlanEntry> of(List<PlanAudience> audiences) {
            return audiences.stream().map(a -> new PlanEntry(a.audience(), a.channel().name(), a.cadence().toString())).toList();
        }
    }

    /** notification.plan-adjusted: the plan's audiences after a person changed them, and which were added, removed, changed. */
    public record PlanAdjusted(UUID majorIncidentId, UUID planId, List<PlanEntry> audiences, List<String> added,
                               List<String> removed, List<String> changed) {
        public static PlanAdjusted of(CommunicationPlan plan, CommunicationPlan.PlanChange change) {
            return new PlanAdjusted(plan.subjectId(), plan.id(), PlanEntry.of(plan.audiences()), keys(change.added()),
                    keys(change.removed()), keys(change.changed()));
        }

        private static List<String> keys(List<PlanAudience> audiences) {
            return audiences.stream().map(PlanAudience::audience).toList();
        }
    }

    /**
     * notification.contact-changed (subject = the contact key): the key serves consumers, so the address and phone
     * number stay out; only whether the contact can be reached by each.
     */
    public record ContactChanged(String contactKey, String name, String organisation, String role, boolean hasEmail,
                                 boolean hasPhone, Action action) {
        public static ContactChanged of(Contact c, Action action) {
            return new ContactChanged(c.key(), c.name(), c.organisation(), c.role(), c.email() != null, c.phone() != null,
                    action);
        }
    }

    /** notification.audience-changed (subject = the audience key): members are contact keys; a webhook URL (it may hold a secret) stays out. */
    public record AudienceChanged(String audienceKey, String name, String communicator, String channel, List<String> members,
                                  List<String> topics, boolean webhookUrlSet, String webhookFormat, boolean inDefaultPlan,
                                  int position, Action action) {
        public static AudienceChanged of(String key, Audience.Definition d, Action action) {
            return new AudienceChanged(key, d.name(), d.communicator(), d.channel().name(), d.members(), d.topics(),
                    d.webhookUrl() != null && !d.webhookUrl().isBlank(), d.webhookFormat() == null ? null : d.webhookFormat().name(),
                    d.inDefaultPlan(), d.position(), action);
        }
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
