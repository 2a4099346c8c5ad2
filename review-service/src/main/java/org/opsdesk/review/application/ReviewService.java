package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.events.Outbox;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;
import org.opsdesk.review.domain.ActionItem;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.ReviewFilter;
import org.opsdesk.review.domain.ReviewEvents;
import org.opsdesk.review.domain.Section;
import org.opsdesk.review.domain.TimelineEntry;
import org.opsdesk.review.persistence.ActionItemRepository;
import org.opsdesk.review.persistence.IncidentFactRepository;
import org.opsdesk.review.persistence.ReviewRepository;
import org.opsdesk.review.persistence.ReviewVersionRepository;
import org.opsdesk.review.persistence.TimelineRepository;

/** Reading, editing and closing reviews; every change is recorded in the review's change history. */
@ApplicationScoped
public class ReviewService {

    /** A review with its action items and the other reviews of the same outage, as the API shows it. */
    public record ReviewDetails(Review review, List<ActionItem> actionItems, List<Review> sameOutage) {
    }

    private final ReviewRepository reviews;
    private final ReviewVersionRepository versions;
    private final ActionItemRepository actionItems;
    private final TimelineRepository timeline;
    private final IncidentFactRepository incidents;
    private final Outbox outbox;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ReviewVersionRepository versions, ActionItemRepository actionItems,
                  TimelineRepository timeline, IncidentFactRepository incidents, Outbox outbox, Clock clock) {
        this.reviews = reviews;
        this.versions = versions;
        this.actionItems = actionItems;
        this.timeline = timeline;
        this.incidents = incidents;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ReviewDetails get(UUID id) {
        Review review = find(id);
        return details(review);
    }

    @Transactional
    public Page<ReviewDetails> list(ReviewFilter filter, PageRequest page) {
        var query = reviews.list(filter, clock.instant()).page(page.page(), page.size());
        List<ReviewDetails> items = query.list().stream()
                .map(this::details).toList();
        return new Page<>(items, query.count(), page.page(), page.size());
    }

    @Transactional
    public ReviewDetails editSection(UUID id, Section section, String content, Integer expectedVersion, String author) {
        Review review = find(id);
        Optional<Review.Change> change = review.editSection(section, content, expectedVersion, author, clock.instant());
        change.ifPresent(c -> {
            versions.record(id, c);
            outbox.append(id.toString(), ReviewEvents.SECTION_EDITED, ReviewEvents.SectionEdited.of(review, c));
        });
        return details(review);
    }

    @Transactional
    public ReviewDetails assignOwner(UUID id, Person owner, String author) {
        Review review = find(id);
        Review.Change change = review.assignOwner(owner, author, clock.instant());
        versions.record(id, change);
        outbox.append(id.toString(), ReviewEvents.OWNER_ASSIGNED, ReviewEvents.OwnerAssigned.of(review, change));
        return details(review);
    }

    @Transactional
    public ReviewDetails close(UUID id, String note, String author) {
        Review review = find(id);
        versions.record(id, review.close(actionItems.countBlockingClose(id), note, author, clock.instant()));
        outbox.append(id.toString(), ReviewEvents.CLOSED, ReviewEvents.Closed.of(review));
        return details(review);
    }

    @Transactional
    public Page<Review.Change> versions(UUID id, PageRequest page) {
        find(id);
        return new Page<>(versions.of(id, page.offset(), page.size()), versions.count(id), page.page(), page.size());
    }

    @Transactional
    public List<TimelineEntry> timeline(UUID id) {
        Review review = find(id);
        return timeline.of(review.majorIncidentId(), review.incidentUuids());
    }

    Review find(UUID id) {
        return reviews.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("review", id));
    }

    /** A PIR links to the AAR of the major incident its incident became, and back, through their shared incident. */
    private ReviewDetails details(Review review) {
        Set<UUID> majorIncidentIds = new HashSet<>();
        if (review.majorIncidentId() != null) {
            majorIncidentIds.add(review.majorIncidentId());
        }
        incidents.findAll(review.incidentUuids()).stream().map(IncidentFactRepository.IncidentFact::majorIncidentId)
                .filter(Objects::nonNull).forEach(majorIncidentIds::add);
        return new ReviewDetails(review, actionItems.ofReview(review.id()),
                reviews.sameOutage(review.id(), review.incidentIds(), majorIncidentIds));
    }
}
