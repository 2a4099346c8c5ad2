package org.opsdesk.incident.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.incident.application.MajorIncidentHandler;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.platform.events.PoisonEventException;

/** Reads major-incident.events.v1: links incidents to their major incident and resolves them with it. */
@ApplicationScoped
public class MajorIncidentEventsConsumer {

    static final String CONSUMER = "incident-service";

    private final EventInbox inbox;
    private final MajorIncidentHandler handler;

    MajorIncidentEventsConsumer(EventInbox inbox, MajorIncidentHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    /** The fields of a major-incident snapshot this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MajorIncidentData(UUID majorIncidentId, String number, List<UUID> incidentIds, UUID incidentId,
                                    String resolutionSummary) {

        Set<UUID> allIncidentIds() {
            Set<UUID> ids = new LinkedHashSet<>(incidentIds == null ? List.of() : incidentIds);
            if (incidentId != null) {
                ids.add(incidentId);
            }
            return ids;
        }
    }

    @Incoming("major-incident-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, "major-incident-events", records, this::handle);
    }

    private void handle(InboundEvent event) {
        switch (event.type()) {
            case "major-incident.declared", "major-incident.incident-linked" -> {
                MajorIncidentData data = read(event);
                handler.link(data.majorIncidentId(), data.allIncidentIds());
            }
            case "major-incident.resolved" -> {
                MajorIncidentData data = read(event);
                handler.resolved(data.majorIncidentId(), data.number(), data.resolutionSummary(), data.allIncidentIds());
            }
            default -> { }
        }
    }

    private static MajorIncidentData read(InboundEvent event) {
        MajorIncidentData data = event.dataAs(MajorIncidentData.class);
        if (data.majorIncidentId() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no majorIncidentId");
        }
        return data;
    }
}
