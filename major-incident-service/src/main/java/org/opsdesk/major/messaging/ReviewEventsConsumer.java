package org.opsdesk.major.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.major.application.ReviewHandler;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.platform.reviews.DistributedReviewReport.Distribution;

/** Reads review.events.v1: a distributed After Action Review is attached to its major incident (002 §V.D.3). */
@ApplicationScoped
public class ReviewEventsConsumer {

    static final String CONSUMER = "major-incident-service.reviews";

    private final EventInbox inbox;
    private final ReviewHandler handler;

    ReviewEventsConsumer(EventInbox inbox, ReviewHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("review-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, "review-events", records, this::handle);
    }

    private void handle(InboundEvent event) {
        Distribution.of(event).ifPresent(handler::distributed);
    }
}
