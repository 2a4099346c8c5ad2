package org.opsdesk.review.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.review.application.EventFacts;
import org.opsdesk.review.domain.MajorIncidentFacts;
import org.opsdesk.review.application.ReviewOpening;

/** Reads major-incident.events.v1: every event feeds the timeline; a resolution opens the AAR (RV-1). */
@ApplicationScoped
public class MajorIncidentEventsConsumer {

    static final String CONSUMER = "review-service.major-incidents";

    private final EventInbox inbox;
    private final EventFacts facts;
    private final ReviewOpening opening;

    MajorIncidentEventsConsumer(EventInbox inbox, EventFacts facts, ReviewOpening opening) {
        this.inbox = inbox;
        this.facts = facts;
        this.opening = opening;
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
        MajorIncidentFacts snapshot = event.dataAs(MajorIncidentFacts.class);
        facts.majorIncident(event.id(), event.type(), event.time(), snapshot);
        if (event.type().equals("major-incident.resolved")) {
            opening.afterMajorIncident(snapshot, event.time());
        }
    }
}
