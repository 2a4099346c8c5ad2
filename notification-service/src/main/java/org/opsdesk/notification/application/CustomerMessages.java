package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.IncidentFacts;
import org.opsdesk.notification.domain.Message;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.application.NoticeView.Fact;

/** Renders the slots of a customer incident's plan (CO-3): first notice, updates at the SLA cadence, restoration. */
@ApplicationScoped
public class CustomerMessages {

    private final TimeText time;
    private final Notices notices;

    CustomerMessages(TimeText time, Notices notices) {
        this.time = time;
        this.notices = notices;
    }

    public Message render(IncidentFacts facts, PlanAudience audience, Delivery delivery) {
        boolean restored = delivery.kind() == DeliveryKind.RESOLUTION;
        boolean first = !restored && Objects.equals(delivery.slot(), 0);
        String headline = "[" + facts.reference() + "] " + (restored ? "Service restored" : first
                ? "Severity " + facts.severity() + " incident affecting your services" : "Update " + delivery.slot()) + ": " + facts.summary();
        List<String> paragraphs = new ArrayList<>();
        if (restored) {
            paragraphs.add("Service has been restored" + (facts.resolvedAt() == null ? "." : " as of " + time.format(facts.resolvedAt()) + "."));
            if (facts.resolution() != null) {
                paragraphs.add("Resolution: " + facts.resolution());
            }
        } else {
            paragraphs.add(first ? "We are working on an incident that affects services your organisation uses, and will keep you informed."
                    : "Work on this incident continues. Here is where it stands.");
        }
        List<Fact> factList = List.of(new Fact("Reference", facts.reference()), new Fact("Status", facts.status()),
                new Fact("Severity", facts.severity() == null ? null : String.valueOf(facts.severity())),
                new Fact("Priority", facts.priority()), new Fact("Services", String.join(", ", facts.serviceIds())),
                new Fact("Reported", time.format(facts.createdAt())), new Fact("Assigned to", facts.assignedTeam()),
                new Fact("Next update", restored ? null : time.format(delivery.dueAt().plus(audience.cadence()))));
        NoticeView view = new NoticeView(headline, paragraphs, factList, null,
                "Questions: " + notices.serviceDesk().name() + ", " + notices.serviceDesk().address() + ".");
        return new Message(headline, UpdateMessages.text(MessageTemplates.noticeText(view)),
                UpdateMessages.text(MessageTemplates.noticeHtml(view)));
    }
}
