package org.opsdesk.incident.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.incident.application.IncidentService;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;

/** Reads major-incident.events.v1: links incidents to the major incident that covers them. */
@ApplicationScoped
public class MajorIncidentEventsConsumer {

    static final String CONSUMER = "incident-service";

    private final EventInbox inbox;
    private final IncidentService incidents;

    MajorIncidentEventsConsumer(EventInbox inbox, IncidentService incidents) {
        this.inbox = inbox;
        this.incidents = incidents;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MajorIncidentData(UUID majorIncidentId, List<UUID> incidentIds) {
    }

    @Incoming("major-incident-events")
    @Blocking
    public void receive(String event) {
        inbox.receive(CONSUMER, event, this::handle);
    }

    private void handle(InboundEvent event) {
        switch (event.type()) {
            case "major-incident.declared", "major-incident.incident-linked" -> {
                MajorIncidentData data = event.dataAs(MajorIncidentData.class);
                if (data.incidentIds() != null) {
                    data.incidentIds().forEach(id -> incidents.linkToMajorIncident(id, data.majorIncidentId()));
                }
            }
            default -> { }
        }
    }
}
