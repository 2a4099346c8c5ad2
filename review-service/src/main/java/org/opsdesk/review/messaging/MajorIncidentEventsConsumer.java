package org.opsdesk.review.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.review.application.MajorIncidentHandler;
import org.opsdesk.review.domain.MajorIncidentFacts;

/** Reads major-incident.events.v1: each event about one major incident goes to the MajorIncidentHandler. */
@ApplicationScoped
public class MajorIncidentEventsConsumer {

    static final String CONSUMER = "review-service.major-incidents";

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
        // proposals and duty shifts share the topic but are not about one major incident
        if (!event.carries("majorIncidentId")) {
            return;
        }
        handler.on(event.id(), event.type(), event.time(), event.dataAs(MajorIncidentFacts.class));
    }
}
