package org.opsdesk.review.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.errors.StaleVersionException;

/**
 * A review (AAR or PIR): its sections, its deliverables with their deadlines and approval, and its change
 * history. Every change returns the {@link Change} it made, numbered; the caller records it.
 */
@Entity
public class Review {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ReviewType type;
    @Enumerated(EnumType.STRING)
    private ReviewTrigger triggerKind;
    private String triggerKey;
    private UUID majorIncidentId;
    private UUID incidentId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> incidentIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> serviceIds = new ArrayList<>();
    private String title;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    private String ownerName;
    private String ownerEmail;
    private String ownerAudience;
    private Instant openedAt;
    private Instant closedAt;
    private String closedBy;
    private String closingNote;
    private int versionNumber;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "review_id", nullable = false)
    private List<Deliverable> deliverables = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_section", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "section")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "content")
    private Map<Section, String> sections = new EnumMap<>(Section.class);

    protected Review() {
    }

    /** What a review is about, as known when it opens. */
    public record Subject(ReviewType type, ReviewTrigger trigger, String triggerKey, UUID majorIncidentId,
                          UUID incidentId, List<String> incidentIds, List<String> serviceIds, String title) {
    }

    /** One numbered entry of the change history (003): who changed what, when. */
    public record Change(int number, String author, Instant at, String description, Section section, String content) {
    }

    public static Review open(Subject subject, Person owner, List<Deliverable> deliverables,
                              Map<Section, String> prefilled, Instant now) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.type = subject.type();
        review.triggerKind = subject.trigger();
        review.triggerKey = subject.triggerKey();
        review.majorIncidentId = subject.majorIncidentId();
        review.incidentId = subject.incidentId();
        review.incidentIds = new ArrayList<>(subject.incidentIds());
        review.serviceIds = new ArrayList<>(subject.serviceIds());
        review.title = subject.title();
        review.status = ReviewStatus.OPEN;
        review.ownerName = owner == null ? null : owner.name();
        review.ownerEmail = owner == null ? null : owner.email();
        review.openedAt = now;
        review.deliverables = new ArrayList<>(deliverables);
        prefilled.forEach((section, text) -> {
            if (text != null && !text.isBlank()) {
                review.sections.put(section, text);
            }
        });
        return review;
    }

    public Change opened() {
        return change("system", openedAt, "opened (" + triggerKind + ")", null, null);
    }

    /** @return the change, or empty when the content is the same as before */
    public Optional<Change> editSection(Section section, String content, Integer expectedVersion, String author, Instant now) {
        status.require(ReviewStatus.Command.EDIT);
        if (expectedVersion != null && expectedVersion != versionNumber) {
            throw new StaleVersionException("review", versionNumber, expectedVersion);
        }
        String before = sections.getOrDefault(section, "");
        if (before.equals(content)) {
            return Optional.empty();
        }
        if (content.isBlank()) {
            sections.remove(section);
        } else {
            sections.put(section, content);
        }
        String description = section.title() + (before.isBlank() ? " written" : content.isBlank() ? " cleared" : " edited");
        return Optional.of(change(author, now, description, section, content));
    }

    /**
     * A review nobody was named for is owned by an audience of notification-service (RV-3: one directory resolves it),
     * until a person is assigned.
     */
    public void ownedByAudience(String audience) {
        ownerAudience = ownerName == null && ownerEmail == null ? audience : null;
    }

    public Change assignOwner(Person owner, String author, Instant now) {
        status.require(ReviewStatus.Command.EDIT);
        ownerName = owner.name();
        ownerEmail = owner.email();
        ownerAudience = null;
        return change(author, now, "owner set to " + owner.name(), null, null);
    }

    /** The deliverables that wait for their start (a PIR's deadline runs from the incident's resolution). */
    public boolean startDeadlines(Instant start, Deadlines deadlines) {
        boolean started = false;
        for (Deliverable deliverable : deliverables) {
            if (deliverable.startsAt() == null) {
                deliverable.schedule(start, deadlines);
                started = true;
            }
        }
        return started;
    }

    /** @param customerMarkdown the customer version of the report, or null when it goes to no customer */
    public Change submit(DeliverableKind kind, List<Section> requiredSections, String markdown, String customerMarkdown,
                         String author, Instant now) {
        status.require(ReviewStatus.Command.EDIT);
        Deliverable deliverable = deliverable(kind);
        deliverable.status().require(DeliverableStatus.Command.SUBMIT);
        List<Section> missing = requiredSections.stream().filter(s -> !sections.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            throw new ConflictException("cannot submit the " + kind.title().toLowerCase() + ": these sections are empty: "
                    + String.join(", ", missing.stream().map(Section::name).toList()));
        }
        deliverable.submitted(author, versionNumber, markdown, customerMarkdown, now);
        return change(author, now, kind.title() + " submitted for approval", null, null);
    }

    public Change approve(DeliverableKind kind, String author, Instant now) {
        deliverable(kind).approved(author, now);
        return change(author, now, kind.title() + " approved", null, null);
    }

    public Change reject(DeliverableKind kind, String reason, String author, Instant now) {
        deliverable(kind).rejected(author, reason, now);
        return change(author, now, kind.title() + " rejected: " + reason, null, null);
    }

    public Change distribute(DeliverableKind kind, String recipients, String author, Instant now) {
        deliverable(kind).distributed(author, now);
        return change(author, now, kind.title() + " distributed to " + recipients, null, null);
    }

    /** A review closes once every deliverable is distributed and no action item is open without a deferral. */
    public Change close(long openUndeferredActionItems, String note, String author, Instant now) {
        status.require(ReviewStatus.Command.CLOSE);
        List<String> pending = deliverables.stream().filter(d -> d.status() != DeliverableStatus.DISTRIBUTED)
                .map(d -> d.kind() + " is " + d.status()).toList();
        if (!pending.isEmpty()) {
            throw new ConflictException("cannot close the review: not every deliverable is distributed (" + String.join(", ", pending) + ")");
        }
        if (openUndeferredActionItems > 0) {
            throw new ConflictException("cannot close the review: " + openUndeferredActionItems
                    + " action item(s) are open; complete, cancel or defer them with a reason first");
        }
        status = status.after(ReviewStatus.Command.CLOSE);
        closedAt = now;
        closedBy = author;
        closingNote = note;
        return change(author, now, "closed" + (note == null || note.isBlank() ? "" : ": " + note), null, null);
    }

    public Change note(String description, String author, Instant now) {
        return change(author, now, description, null, null);
    }

    public void requireEditable() {
        status.require(ReviewStatus.Command.EDIT);
    }

    public Deliverable deliverable(DeliverableKind kind) {
        return deliverables.stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("deliverable", kind + " of review " + id));
    }

    public boolean isOverdue(Instant now) {
        return deliverables.stream().anyMatch(d -> d.isOverdue(now));
    }

    private Change change(String author, Instant now, String description, Section section, String content) {
        versionNumber++;
        return new Change(versionNumber, Objects.requireNonNull(author), now, description, section, content);
    }

    public UUID id() { return id; }
    public ReviewType type() { return type; }
    public ReviewTrigger triggerKind() { return triggerKind; }
    public String triggerKey() { return triggerKey; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public UUID incidentId() { return incidentId; }
    public List<String> incidentIds() { return List.copyOf(incidentIds); }

    /** The incident ids that are UUIDs (as the contract says they all are). */
    public List<UUID> incidentUuids() {
        return incidentIds.stream().filter(id -> id.matches("[0-9a-fA-F-]{36}")).map(UUID::fromString).toList();
    }
    public List<String> serviceIds() { return List.copyOf(serviceIds); }
    public String title() { return title; }
    public ReviewStatus status() { return status; }
    public Person owner() { return Person.of(ownerName, ownerEmail); }
    /** The audience that owns the review while no person does (notification-service resolves it); null otherwise. */
    public String ownerAudience() { return ownerAudience; }
    public Instant openedAt() { return openedAt; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public String closingNote() { return closingNote; }
    public int versionNumber() { return versionNumber; }
    public Map<Section, String> sections() { return Map.copyOf(sections); }

    public List<Deliverable> deliverables() {
        return deliverables.stream().sorted(Comparator.comparing(Deliverable::kind)).toList();
    }
}
