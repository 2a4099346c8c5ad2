package org.opsdesk.major.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.major.application.IncidentHandler;
import org.opsdesk.major.domain.CatalogEntry;
import org.opsdesk.major.domain.KnownIncident;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.platform.events.PoisonEventException;

/**
 * Reads incident.events.v1: every incident.* event about an incident carries the incident's snapshot
 * (docs/events/README.md); the others are skipped.
 */
@ApplicationScoped
public class IncidentEventsConsumer {

    static final String CONSUMER = "major-incident-service";

    static final String SERVICE_CHANGED = "incident.service-changed";

    private final EventInbox inbox;
    private final IncidentHandler handler;
    private final Clock clock;

    IncidentEventsConsumer(EventInbox inbox, IncidentHandler handler, Clock clock) {
        this.inbox = inbox;
        this.handler = handler;
        this.clock = clock;
    }

    /** incident.service-changed (subject = serviceId): a service of the catalog as it now is. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceChanged(String serviceId, String name, String owningTeam, Boolean significant, Boolean active) {

        CatalogEntry.Facts toDomain() {
            if (serviceId == null || serviceId.isBlank()) {
                throw new PoisonEventException("incident.service-changed lacks serviceId");
            }
            return new CatalogEntry.Facts(serviceId, name, owningTeam, Boolean.TRUE.equals(significant),
                    !Boolean.FALSE.equals(active));
        }
    }

    /** The fields of the incident snapshot this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IncidentSnapshot(UUID incidentId, String number, String status, String summary, Integer severity,
                                   List<String> serviceIds, Boolean significantService, String customerOrg,
                                   String assignedTeam, Instant createdAt, Instant alertStartsAt, String source,
                                   String alertGroup, Integer requestedSeverity) {

        KnownIncident.Snapshot toDomain(Instant eventTime) {
            if (incidentId == null || number == null || severity == null) {
                throw new PoisonEventException("incident snapshot lacks incidentId, number or severity");
            }
            return new KnownIncident.Snapshot(incidentId, number, status, summary, severity,
                    serviceIds == null ? List.of() : serviceIds, Boolean.TRUE.equals(significantService), customerOrg,
                    assignedTeam, createdAt != null ? createdAt : eventTime, alertStartsAt, source, alertGroup, requestedSeverity);
        }
    }

    @Incoming("incident-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        inbox.receiveAll(CONSUMER, "incident-events", records, this::handle);
    }

    private void handle(InboundEvent event) {
        if (event.type().equals(SERVICE_CHANGED)) {
            handler.serviceChanged(event.dataAs(ServiceChanged.class).toDomain());
        } else if (event.type().startsWith("incident.") && event.carries("incidentId")) {
            // the other reference-data events (incident.team-changed, …) share the topic but are not about one incident
            Instant time = event.time() != null ? event.time() : clock.instant();
            handler.onIncidentEvent(event.type(), event.dataAs(IncidentSnapshot.class).toDomain(time));
        }
    }
}
