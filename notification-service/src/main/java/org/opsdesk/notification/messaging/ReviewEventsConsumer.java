package org.opsdesk.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.notification.application.ReviewAlerts;
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
    private final ReviewNotices reviews;
    private final ReviewAlerts alerts;

    ReviewEventsConsumer(EventInbox inbox, ReviewNotices reviews, ReviewAlerts alerts) {
        this.inbox = inbox;
        this.reviews = reviews;
        this.alerts = alerts;
    }

    @Incoming("review-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, "review-events", records, this::handle);
    }

    private void handle(InboundEvent event) {
        switch (event.type()) {
            case "review.distributed" -> reviews.distributed(event.dataAs(ReviewNotices.Review.class));
            case "review.deadline-missed" -> reviews.deadlineMissed(event.dataAs(ReviewNotices.Review.class));
            default -> { }
        }
        if (event.type().startsWith("review.") && event.carries("reviewId")) {
            alerts.on(event.type(), event.dataAs(ReviewAlerts.Event.class));
        }
    }
}
