package org.opsdesk.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.notification.application.MajorIncidentAlerts;
import org.opsdesk.notification.application.MajorIncidentHandler;
import org.opsdesk.notification.application.ProposalNotices;
import org.opsdesk.notification.domain.DutyShift;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.platform.events.PoisonEventException;

/**
 * Reads major-incident.events.v1: every event's snapshot feeds the plan, the messages and the status page; the
 * proposal events (which carry a proposal, not a snapshot) become notices to the reporter, the duty-shift events the
 * duty manager's roster; those that need a person are routed to them (MajorIncidentAlerts).
 */
@ApplicationScoped
public class MajorIncidentEventsConsumer {

    static final String CONSUMER = "notification-service.major-incidents";

    private final EventInbox inbox;
    private final MajorIncidentHandler handler;

    MajorIncidentEventsConsumer(EventInbox inbox, MajorIncidentHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("major-incident-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, "major-incident-events", records, this::handle);
    }

    private void handle(InboundEvent event) {
        if (!event.type().startsWith("major-incident.")) {
            return;
        }
        if (event.type().equals(MajorIncidentHandler.DUTY_SHIFT_SAVED) || event.type().equals(MajorIncidentHandler.DUTY_SHIFT_REMOVED)) {
            DutyShift.Data shift = event.dataAs(DutyShift.Data.class);
            if (shift.shiftId() == null) {
                throw new PoisonEventException(event.type() + " " + event.id() + " has no shiftId");
            }
            handler.dutyShift(event.type(), shift);
            return;
        }
        if (event.type().startsWith("major-incident.proposal-")) {
            handler.proposal(event.type(), event.dataAs(ProposalNotices.Proposal.class),
                    event.dataAs(MajorIncidentAlerts.Event.class), event.time());
            return;
        }
        if (event.carries("majorIncidentId")) {
            handler.on(event.type(), event.dataAs(MajorIncidentFacts.class), event.dataAs(MajorIncidentAlerts.Event.class),
                    event.time());
        }
    }
}
