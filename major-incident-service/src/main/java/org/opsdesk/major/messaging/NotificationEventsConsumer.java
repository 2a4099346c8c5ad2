package org.opsdesk.major.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.major.application.NotificationHandler;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;

/** Reads notification.events.v1: each communication sent about a major incident goes on its timeline (MI-9). */
@ApplicationScoped
public class NotificationEventsConsumer {

    /** One inbox name per topic read, as the fault drill's audit compares each with its topic. */
    static final String CONSUMER = "major-incident-service.notifications";

    private final EventInbox inbox;
    private final NotificationHandler handler;

    NotificationEventsConsumer(EventInbox inbox, NotificationHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    /** The fields of notification.update-sent this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UpdateSent(UUID majorIncidentId, String audience, String channel, String kind, Integer slot, boolean late) {

        String describe() {
            return kind + " sent to " + audience + " by " + channel + (slot == null ? "" : " (slot " + slot + ")")
                    + (late ? ", late" : "");
        }
    }

    @Incoming("notification-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, "notification-events", records, this::handle);
    }

    private void handle(InboundEvent event) {
        if (event.type().equals("notification.update-sent")) {
            UpdateSent sent = event.dataAs(UpdateSent.class);
            if (sent.majorIncidentId() != null) {
                handler.updateSent(sent.majorIncidentId(), sent.describe());
            }
        }
    }
}
