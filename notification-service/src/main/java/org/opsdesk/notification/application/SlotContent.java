package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.Message;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SlotSchedule;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.domain.WebhookFormat;
import org.opsdesk.notification.persistence.DeliveryRepository;
import org.opsdesk.notification.persistence.IncidentViewRepository;
import org.opsdesk.notification.persistence.MajorIncidentViewRepository;

/** What a plan slot says and to whom, decided when it goes out, from the latest snapshot. */
@ApplicationScoped
public class SlotContent {

    private final DeliveryRepository deliveries;
    private final MajorIncidentViewRepository majorIncidents;
    private final IncidentViewRepository incidents;
    private final UpdateMessages updates;
    private final CustomerMessages customers;

    SlotContent(DeliveryRepository deliveries, MajorIncidentViewRepository majorIncidents, IncidentViewRepository incidents,
                UpdateMessages updates, CustomerMessages customers) {
        this.deliveries = deliveries;
        this.majorIncidents = majorIncidents;
        this.incidents = incidents;
        this.updates = updates;
        this.customers = customers;
    }

    public record Prepared(List<Recipient> recipients, Message message, WebhookFormat webhookFormat, MajorIncidentFacts facts) {
    }

    /**
     * @param outcomeLost an earlier attempt may have reached the recipients: the slot goes out again even if the plan
     *                    was resolved meanwhile, so what they got is recorded sent
     * @param recipients resolves an audience's recipients from the contacts (the sender caches them for a batch)
     * @return empty when the slot no longer applies (plan resolved, audience removed): it is cancelled
     */
    public Optional<Prepared> prepare(CommunicationPlan plan, Delivery slot, boolean outcomeLost,
                                      Function<PlanAudience, List<Recipient>> recipients) {
        if (slot.kind() == DeliveryKind.UPDATE && !plan.isActive() && !outcomeLost) {
            slot.cancel("plan resolved before the slot went out");
            return Optional.empty();
        }
        Optional<PlanAudience> found = plan.audience(slot.audience());
        if (found.isEmpty()) {
            slot.cancel("audience removed from the plan");
            return Optional.empty();
        }
        PlanAudience audience = found.get();
        List<Recipient> to = recipients.apply(audience);
        if (plan.subjectType() == SubjectType.INCIDENT) {
            slot.prepare(to, null, false);
            Message message = customers.render(incidents.findById(plan.subjectId()).facts(), audience, slot);
            return Optional.of(new Prepared(to, message, audience.webhookFormat(), null));
        }
        MajorIncidentFacts facts = majorIncidents.findById(plan.subjectId()).facts();
        boolean stale = slot.kind() == DeliveryKind.UPDATE && SlotSchedule.isStale(slot.slot(), facts.statusPublishedAt(),
                deliveries.lastSentUpdate(plan.id(), slot.audience(), slot.slot()).map(Delivery::statusPublishedAt).orElse(null));
        slot.prepare(to, facts.statusPublishedAt(), stale);
        return Optional.of(new Prepared(to, updates.render(facts, audience, slot), audience.webhookFormat(), facts));
    }
}
