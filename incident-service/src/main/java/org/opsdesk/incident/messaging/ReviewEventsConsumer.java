package org.opsdesk.incident.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.incident.application.ReviewHandler;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.platform.events.PoisonEventException;

/** Reads review.events.v1: a distributed report is attached to the incidents it reviews (002 §V.D.3). */
@ApplicationScoped
public class ReviewEventsConsumer {

    static final String CONSUMER = "incident-service.reviews";

    private final EventInbox inbox;
    private final ReviewHandler handler;

    ReviewEventsConsumer(EventInbox inbox, ReviewHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    /** The fields of review.distributed this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DistributedData(UUID reviewId, String type, UUID incidentId, UUID majorIncidentId, String kind,
                                  Integer version, String title, String reportUrl, Instant distributedAt) {
    }

    @Incoming("review-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, "review-events", records, this::handle);
    }

    private void handle(InboundEvent event) {
        if (event.type().equals("review.distributed")) {
            DistributedData d = event.dataAs(DistributedData.class);
            if (d.reviewId() == null || d.kind() == null) {
                throw new PoisonEventException(event.type() + " " + event.id() + " has no reviewId or kind");
            }
            handler.distributed(new ReviewHandler.Distributed(d.reviewId(), d.type(), d.incidentId(), d.majorIncidentId(),
                    d.kind(), d.version(), d.title(), d.reportUrl(), d.distributedAt()));
        }
    }
}
