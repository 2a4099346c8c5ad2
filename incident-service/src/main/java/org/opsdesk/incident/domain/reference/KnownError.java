package org.opsdesk.incident.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A known error: its symptoms and the workaround the desk can apply at first contact (IN-5). */
@Entity
public class KnownError {

    @Id
    private UUID id;
    private String title;
    private String symptoms;
    private String workaround;
    private String[] serviceIds;
    private boolean active;
    private Instant createdAt;
    @Version
    private long version;

    protected KnownError() {
    }

    public KnownError(Instant createdAt) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
    }

    public void define(String title, String symptoms, String workaround, List<String> serviceIds, boolean active) {
        this.title = title;
        this.symptoms = symptoms;
        this.workaround = workaround;
        this.serviceIds = serviceIds == null ? new String[0] : serviceIds.toArray(String[]::new);
        this.active = active;
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public String symptoms() { return symptoms; }
    public String workaround() { return workaround; }
    public List<String> serviceIds() { return List.of(serviceIds); }
    public boolean active() { return active; }
    public Instant createdAt() { return createdAt; }
}
