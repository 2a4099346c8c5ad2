package org.opsdesk.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.notification.application.IncidentAlerts;
import org.opsdesk.notification.application.IncidentHandler;
import org.opsdesk.notification.domain.IncidentFacts;
import org.opsdesk.notification.domain.TeamRoster;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.platform.events.PoisonEventException;

/**
 * Reads incident.events.v1: customer notices of severity 1–2 incidents (CO-3), resolution and referral notices (CO-5),
 * the notices to people (IncidentAlerts) and the team rosters they resolve through.
 */
@ApplicationScoped
public class IncidentEventsConsumer {

    static final String CONSUMER = "notification-service.incidents";

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
        if (event.type().equals(IncidentAlerts.TEAM_CHANGED)) {
            TeamRoster.Data team = event.dataAs(TeamRoster.Data.class);
            if (team.teamId() == null) {
                throw new PoisonEventException(event.type() + " " + event.id() + " has no teamId");
            }
            handler.teamChanged(team);
            return;
        }
        // reference-data events (incident.service-changed, …) share the topic but are not about one incident
        if (!event.type().startsWith("incident.") || !event.carries("incidentId")) {
            return;
        }
        handler.on(event.type(), event.dataAs(IncidentFacts.class), event.dataAs(IncidentAlerts.Event.class), event.time());
    }
}
