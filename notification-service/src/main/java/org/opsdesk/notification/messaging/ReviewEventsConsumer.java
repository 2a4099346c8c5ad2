package org.opsdesk.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.notification.application.ReviewAlerts;
import org.opsdesk.notification.application.ReviewHandler;
import org.opsdesk.notification.application.ReviewNotices;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;

/**
 * Reads review.events.v1: distributed reports are emailed to their recipients, missed deadlines escalated; deadlines,
 * approvals, rejections and overdue action items are routed to people (ReviewAlerts).
 */
@ApplicationScoped
public class ReviewEventsConsumer {

    static final String CONSUMER = "notification-service.reviews";

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
        if (!event.type().startsWith("review.") || !event.carries("reviewId")) {
            return;
        }
        boolean noticed = event.type().equals(ReviewHandler.DISTRIBUTED) || event.type().equals(ReviewHandler.DEADLINE_MISSED);
        handler.on(event.type(), noticed ? event.dataAs(ReviewNotices.Review.class) : null,
                event.dataAs(ReviewAlerts.Event.class));
    }
}
