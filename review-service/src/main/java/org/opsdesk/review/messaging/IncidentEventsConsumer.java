package org.opsdesk.review.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.review.application.IncidentHandler;
import org.opsdesk.review.domain.IncidentFacts;

/** Reads incident.events.v1: each event about one incident goes to the IncidentHandler. */
@ApplicationScoped
public class IncidentEventsConsumer {

    static final String CONSUMER = "review-service.incidents";

    private final EventInbox inbox;
    private final IncidentHandler handler;

    IncidentEventsConsumer(EventInbox inbox, IncidentHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("incident-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, "incident-events", records, this::handle);
    }

    private void handle(InboundEvent event) {
        // reference-data events (incident.service-changed, …) share the topic but are not about one incident
        if (!event.type().startsWith("incident.") || !event.carries("incidentId")) {
            return;
        }
        handler.on(event.id(), event.type(), event.time(), event.dataAs(IncidentFacts.class));
    }
}
