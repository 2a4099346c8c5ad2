package org.opsdesk.review.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.review.application.EventFacts;
import org.opsdesk.review.domain.IncidentFacts;
import org.opsdesk.review.application.ReviewOpening;

/**
 * Reads incident.events.v1: every event updates the facts behind the metrics (RV-6) and the timeline; a severity-1
 * snapshot or a recurrence opens a PIR (RV-4); a resolution starts the PIR's deadline.
 */
@ApplicationScoped
public class IncidentEventsConsumer {

    static final String CONSUMER = "review-service.incidents";

    private final EventInbox inbox;
    private final EventFacts facts;
    private final ReviewOpening opening;

    IncidentEventsConsumer(EventInbox inbox, EventFacts facts, ReviewOpening opening) {
        this.inbox = inbox;
        this.facts = facts;
        this.opening = opening;
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
        IncidentFacts snapshot = event.dataAs(IncidentFacts.class);
        facts.incident(event.id(), event.type(), event.time(), snapshot);
        opening.forSevereIncident(snapshot);
        opening.forRecurrence(snapshot);
        if (event.type().equals("incident.resolved")) {
            opening.incidentResolved(snapshot.incidentId(), snapshot.resolvedAt() != null ? snapshot.resolvedAt() : event.time());
        }
    }
}
