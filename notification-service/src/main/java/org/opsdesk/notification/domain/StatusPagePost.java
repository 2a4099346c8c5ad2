package org.opsdesk.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.platform.text.Text;

/** One update published on the public status page: the entries of the Atom feed. */
@Entity
public class StatusPagePost {

    @Id
    private UUID id;
    private UUID majorIncidentId;
    private UUID deliveryId;
    private Instant postedAt;
    private String headline;
    private String body;
    private boolean stale;
    private boolean resolution;

    protected StatusPagePost() {
    }

    public StatusPagePost(UUID majorIncidentId, UUID deliveryId, Instant postedAt, String headline, String body,
                          boolean stale, boolean resolution) {
        this.id = UUID.randomUUID();
        this.majorIncidentId = majorIncidentId;
        this.deliveryId = deliveryId;
        this.postedAt = postedAt;
        this.headline = Text.clip(headline, 300);
        this.body = body;
        this.stale = stale;
        this.resolution = resolution;
    }

    public UUID id() { return id; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public Instant postedAt() { return postedAt; }
    public String headline() { return headline; }
    public String body() { return body; }
    public boolean stale() { return stale; }
    public boolean resolution() { return resolution; }
}
