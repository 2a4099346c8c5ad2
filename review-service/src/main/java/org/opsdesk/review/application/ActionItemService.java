package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.events.Outbox;
import org.opsdesk.review.config.ReviewConfig;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;
import org.opsdesk.review.domain.ActionItem;
import org.opsdesk.review.domain.ActionItemStatus;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.ReviewEvents;
import org.opsdesk.review.persistence.ActionItemRepository;
import org.opsdesk.review.persistence.ReviewVersionRepository;

/** Action items of a review, tracked to completion (RV-4); overdue items are announced, then reminded. */
@ApplicationScoped
public class ActionItemService {

    public record NewActionItem(String title, Person owner, LocalDate dueDate, ActionItem.Ticket ticket) {
    }

    private final ReviewService reviews;
    private final ActionItemRepository items;
    private final ReviewVersionRepository versions;
    private final ReviewPlans plans;
    private final ReviewConfig config;
    private final Outbox outbox;
    private final Clock clock;

    ActionItemService(ReviewService reviews, ActionItemRepository items, ReviewVersionRepository versions, ReviewPlans plans,
                      ReviewConfig config, Outbox outbox, Clock clock) {
        this.reviews = reviews;
        this.items = items;
        this.versions = versions;
        this.plans = plans;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ActionItem create(UUID reviewId, NewActionItem request, String by) {
        Review review = reviews.find(reviewId);
        review.requireEditable();
        Instant now = clock.instant();
        ActionItem item = ActionItem.create(reviewId, request.title(), request.owner(), request.dueDate(),
                plans.deadlines().endOf(request.dueDate()), request.ticket(), by, now);
        items.persist(item);
        versions.record(reviewId, review.note("action item added: " + item.title(), by, now));
        outbox.append(reviewId.toString(), ReviewEvents.ACTION_ITEM_CREATED, ReviewEvents.ActionItemChanged.of(review, item, null, by));
        return item;
    }

    @Transactional
    public List<ActionItem> ofReview(UUID reviewId) {
        reviews.find(reviewId);
        return items.ofReview(reviewId);
    }

    @Transactional
    public Page<ActionItem> search(ActionItemStatus status, Boolean overdue, String owner, PageRequest page) {
        var query = items.search(status, overdue, owner == null || owner.isBlank() ? null : owner, clock.instant())
                .page(page.page(), page.size());
        return new Page<>(query.list(), query.count(), page.page(), page.size());
    }

    @Transactional
    public ActionItem get(UUID reviewId, UUID itemId) {
        reviews.find(reviewId);
        return find(reviewId, itemId);
    }

    @Transactional
    public ActionItem update(UUID reviewId, UUID itemId, NewActionItem request, String by) {
        ActionItem item = find(reviewId, itemId);
        item.update(request.title(), request.owner(), request.dueDate(), plans.deadlines().endOf(request.dueDate()),
                request.ticket());
        return recorded(item, "action item updated: " + item.title() + ", owner " + item.owner().name() + ", due "
                + item.dueDate(), ReviewEvents.ACTION_ITEM_UPDATED, null, by);
    }

    @Transactional
    public ActionItem complete(UUID reviewId, UUID itemId, String by) {
        ActionItem item = find(reviewId, itemId);
        item.complete(by, clock.instant());
        return recorded(item, "action item done: " + item.title(), ReviewEvents.ACTION_ITEM_COMPLETED, null, by);
    }

    @Transactional
    public ActionItem cancel(UUID reviewId, UUID itemId, String reason, String by) {
        ActionItem item = find(reviewId, itemId);
        item.cancel(reason, by, clock.instant());
        return recorded(item, "action item cancelled: " + item.title() + " (" + reason + ")", ReviewEvents.ACTION_ITEM_CANCELLED,
                reason, by);
    }

    @Transactional
    public ActionItem defer(UUID reviewId, UUID itemId, String reason, String by) {
        ActionItem item = find(reviewId, itemId);
        item.defer(reason, by, clock.instant());
        return recorded(item, "action item deferred: " + item.title() + " (" + reason + ")", ReviewEvents.ACTION_ITEM_DEFERRED,
                reason, by);
    }

    /** Announces newly overdue items, then reminds their owners every {@code action-items.reminder-every}. */
    @Transactional
    public int overdueDue(Instant now) {
        int sent = 0;
        for (UUID id : items.lockOverdue(now, config.actionItems().reminderEvery(), false)) {
            ActionItem item = items.findById(id);
            item.markOverdue(now);
            announce(item, "overdue");
            sent++;
        }
        for (UUID id : items.lockOverdue(now, config.actionItems().reminderEvery(), true)) {
            ActionItem item = items.findById(id);
            item.markReminded(now);
            announce(item, "reminder " + item.remindersSent());
            sent++;
        }
        return sent;
    }

    private void announce(ActionItem item, String reason) {
        Review review = reviews.find(item.reviewId());
        outbox.append(review.id().toString(), ReviewEvents.ACTION_ITEM_OVERDUE,
                ReviewEvents.ActionItemChanged.of(review, item, reason, "system"));
    }

    private ActionItem recorded(ActionItem item, String description, String type, String reason, String by) {
        Review review = reviews.find(item.reviewId());
        versions.record(review.id(), review.note(description, by, clock.instant()));
        outbox.append(review.id().toString(), type, ReviewEvents.ActionItemChanged.of(review, item, reason, by));
        return item;
    }

    private ActionItem find(UUID reviewId, UUID itemId) {
        return items.findByIdOptional(itemId).filter(i -> i.reviewId().equals(reviewId))
                .orElseThrow(() -> new ResourceNotFoundException("action item", itemId));
    }
}
