package org.opsdesk.notification.application;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Bridge;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.Message;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.domain.SmsText;
import org.opsdesk.notification.domain.StatusItems;
import org.opsdesk.platform.text.Text;

/** Renders a slot of a major incident's plan for its audience and channel from the latest snapshot alone. */
@ApplicationScoped
public class UpdateMessages {

    static final String UNKNOWN = "Being assessed";

    private final TimeText time;
    private final NotificationConfig config;

    UpdateMessages(TimeText time, NotificationConfig config) {
        this.time = time;
        this.config = config;
    }

    public Message render(MajorIncidentFacts facts, PlanAudience audience, Delivery delivery) {
        UpdateView view = view(facts, audience, delivery);
        String subject = text(MessageTemplates.updateSubject(view));
        return switch (delivery.channel()) {
            case EMAIL -> new Message(subject, text(MessageTemplates.updateEmailText(view)), text(MessageTemplates.updateEmailHtml(view)));
            case SMS -> new Message(subject, SmsText.fit(text(MessageTemplates.updateSms(view)), config.channels().smsMaxSegments()), null);
            case VOICE -> new Message(subject, text(MessageTemplates.updateVoice(view)), null);
            case BULK -> new Message(subject, text(MessageTemplates.updateBulletinText(view)), text(MessageTemplates.updateBulletinHtml(view)));
            case WEBHOOK -> new Message(subject, text(MessageTemplates.updateChat(view)), null);
            case STATUS_PAGE -> new Message(subject, text(MessageTemplates.updateStatusPost(view)), null);
        };
    }

    UpdateView view(MajorIncidentFacts facts, PlanAudience audience, Delivery delivery) {
        boolean resolution = delivery.kind() == DeliveryKind.RESOLUTION;
        boolean first = !resolution && Objects.equals(delivery.slot(), 0);
        StatusItems items = facts.latestStatus() != null ? facts.latestStatus()
                : new StatusItems(null, null, null, null, null, null, null, null);
        String headline = resolution ? "Resolved" : first ? "Major incident declared" : "Update " + delivery.slot();
        String nextUpdate = resolution ? "None: this is the final notice"
                : time.format(delivery.dueAt().plus(audience.cadence()));
        return new UpdateView(facts.reference(), facts.title(), headline, first, resolution, delivery.stale(),
                facts.statusPublishedAt() == null ? "the declaration" : time.format(facts.statusPublishedAt()),
                facts.type(), Boolean.TRUE.equals(facts.disaster()),
                facts.serviceIds().isEmpty() ? UNKNOWN : String.join(", ", facts.serviceIds()), or(facts.impactSummary(), UNKNOWN),
                or(items.nature(), or(facts.impactSummary(), UNKNOWN)), or(items.impact(), or(facts.impactSummary(), UNKNOWN)),
                or(items.remediationMetric(), UNKNOWN), or(items.remediationSteps(), "To follow"),
                items.estimatedRemediationAt() == null ? "Not yet estimated" : time.format(items.estimatedRemediationAt()),
                nextUpdate, person(facts.coordinator(), "Being assigned"), bridge(facts.bridge()),
                or(facts.resolutionSummary(), ""), time.format(facts.resolvedAt() != null ? facts.resolvedAt() : delivery.dueAt()),
                time.format(facts.declaredAt()), config.statusPage().publicUrl(),
                or(audience.communicator(), "Major Incident Coordinator"), or(audience.name(), audience.audience()));
    }

    static String person(Person person, String fallback) {
        if (person == null || Text.isBlank(person.name())) {
            return fallback;
        }
        String contact = Stream.of(person.phone(), person.email()).filter(v -> !Text.isBlank(v)).collect(Collectors.joining(", "));
        return contact.isEmpty() ? person.name() : person.name() + " (" + contact + ")";
    }

    private static String bridge(Bridge bridge) {
        if (bridge == null) {
            return null;
        }
        return Stream.of(bridge.dialIn() == null ? null : "dial " + bridge.dialIn(),
                        bridge.accessCode() == null ? null : "access code " + bridge.accessCode(), bridge.url())
                .filter(v -> !Text.isBlank(v)).collect(Collectors.joining(", "));
    }

    static String or(String value, String fallback) {
        return Text.isBlank(value) ? fallback : value;
    }

    static String text(TemplateInstance template) {
        return template.render().strip();
    }
}
