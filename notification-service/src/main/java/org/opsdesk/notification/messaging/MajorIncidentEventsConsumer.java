package org.opsdesk.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.notification.application.MajorIncidentEvents;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;

/** Reads major-incident.events.v1: every event's snapshot feeds the plan, the messages and the status page. */
@ApplicationScoped
public class MajorIncidentEventsConsumer {

    static final String CONSUMER = "notification-service.major-incidents";

    private final EventInbox inbox;
    private final MajorIncidentEvents majorIncidents;

    MajorIncidentEventsConsumer(EventInbox inbox, MajorIncidentEvents majorIncidents) {
        this.inbox = inbox;
        this.majorIncidents = majorIncidents;
    }

    @Incoming("major-incident-events")
    @Blocking
    public void receive(String event) {
        inbox.receive(CONSUMER, event, this::handle);
    }

    private void handle(InboundEvent event) {
        if (!event.type().startsWith("major-incident.")) {
            return;
        }
        MajorIncidentFacts facts = event.dataAs(MajorIncidentFacts.class);
        if (facts.majorIncidentId() != null) {
            majorIncidents.on(event.type(), facts, event.time());
        }
    }
}
