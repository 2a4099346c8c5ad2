package org.opsdesk.platform.reviews;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.platform.events.InboundEvent;
import org.opsdesk.platform.events.PoisonEventException;

/**
 * A review report that review-service distributed (review.distributed), as a service that attaches it to its own
 * records keeps it (002 §V.D.3: "the report is also attached to the service ticket(s)"): one row per review and
 * report kind, at its latest version. The subclass adds the record it is attached to.
 */
@MappedSuperclass
public abstract class DistributedReviewReport {

    /** The fields of review.distributed that a service attaching reports reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Distribution(UUID reviewId, String type, UUID incidentId, UUID majorIncidentId, String kind,
                               Integer version, String title, String reportUrl, Instant distributedAt) {

        /**
         * @return the report a review.distributed event carries; none for the topic's other events
         * @throws PoisonEventException when the event names no review or report kind
         */
        public static Optional<Distribution> of(InboundEvent event) {
            if (!event.type().equals("review.distributed")) {
                return Optional.empty();
            }
            Distribution d = event.dataAs(Distribution.class);
            if (d.reviewId() == null || d.kind() == null) {
                throw new PoisonEventException(event.type() + " " + event.id() + " has no reviewId or kind");
            }
            return Optional.of(d);
        }
    }

    @Id
    private UUID id;
    private UUID reviewId;
    private String reviewType;
    private String kind;
    private Integer version;
    private String title;
    private String url;
    private Instant distributedAt;

    protected DistributedReviewReport() {
    }

    protected DistributedReviewReport(UUID reviewId, String reviewType, String kind) {
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.reviewType = reviewType;
        this.kind = kind;
    }

    /** @return whether this distribution is newer than the one recorded (a redelivered or older one changes nothing) */
    public boolean distributed(Distribution d) {
        if (distributedAt != null && (d.distributedAt() == null || !d.distributedAt().isAfter(distributedAt))) {
            return false;
        }
        version = d.version();
        title = d.title();
        url = d.reportUrl();
        distributedAt = d.distributedAt();
        return true;
    }

    public UUID id() { return id; }
    public UUID reviewId() { return reviewId; }
    public String reviewType() { return reviewType; }
    public String kind() { return kind; }
    public Integer version() { return version; }
    public String title() { return title; }
    public String url() { return url; }
    public Instant distributedAt() { return distributedAt; }
}
