package org.opsdesk.major.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.opsdesk.major.application.ReviewReports;
import org.opsdesk.platform.events.EventInbox;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.platform.events.PoisonEventException;

/** Reads review.events.v1: a distributed After Action Review is attached to its major incident (002 §V.D.3). */
@ApplicationScoped
public class ReviewEventsConsumer {

    static final String CONSUMER = "major-incident-service.reviews";

    private final EventInbox inbox;
    private final ReviewReports reports;

    ReviewEventsConsumer(EventInbox inbox, ReviewReports reports) {
        this.inbox = inbox;
        this.reports = reports;
    }

    /** The fields of review.distributed this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DistributedData(UUID reviewId, String type, UUID majorIncidentId, String kind, Integer version,
                                  String title, String reportUrl, Instant distributedAt) {
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
            if (d.majorIncidentId() != null) {
                reports.distributed(new ReviewReports.Distributed(d.reviewId(), d.type(), d.majorIncidentId(), d.kind(),
                        d.version(), d.title(), d.reportUrl(), d.distributedAt()));
            }
        }
    }
}
