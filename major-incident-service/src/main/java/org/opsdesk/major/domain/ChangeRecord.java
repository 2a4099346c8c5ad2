package org.opsdesk.major.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A change record from a change-management tool (MI-5), or a remediation change of a major incident (MI-7). */
@Entity
public class ChangeRecord {

    @Id
    private UUID id;
    private String externalId;
    private String summary;
    @Enumerated(EnumType.STRING)
    private ChangeType type;
    private Instant implementedAt;
    private String link;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_record_service", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "service_id")
    private Set<String> serviceIds = new LinkedHashSet<>();
    private UUID majorIncidentId;
    private Instant recordedAt;
    private String recordedBy;
    @Version
    private long version;

    protected ChangeRecord() {
    }

    /** What a change-management tool says about a change. */
    public record Details(String externalId, Collection<String> serviceIds, String summary, ChangeType type,
                          Instant implementedAt, String link) {
    }

    public static ChangeRecord record(Details details, Instant now, String by) {
        ChangeRecord change = new ChangeRecord();
        change.id = UUID.randomUUID();
        change.externalId = details.externalId();
        change.recordedAt = now;
        change.recordedBy = by;
        change.update(details);
        return change;
    }

    /** A change tool sending the same change again updates it. */
    public void update(Details details) {
        summary = details.summary();
        type = details.type();
        implementedAt = details.implementedAt();
        link = details.link();
        serviceIds.clear();
        serviceIds.addAll(details.serviceIds());
    }

    public void remediates(UUID majorIncident) {
        majorIncidentId = majorIncident;
    }

    public UUID id() { return id; }
    public String externalId() { return externalId; }
    public String summary() { return summary; }
    public ChangeType type() { return type; }
    public Instant implementedAt() { return implementedAt; }
    public String link() { return link; }
    public List<String> serviceIds() { return serviceIds.stream().sorted().toList(); }
    public UUID majorIncidentId() { return majorIncidentId; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
