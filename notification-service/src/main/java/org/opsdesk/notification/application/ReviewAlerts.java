package org.opsdesk.notification.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opsdesk.notification.application.NoticeView.Fact;
import org.opsdesk.notification.domain.Notice;
import org.opsdesk.notification.domain.NoticeRule.Party;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.ReviewOwner;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.persistence.ReviewOwnerRepository;

/**
 * Review events that need a person (issue 13): deadlines approaching and missed (RV-4), deliverables submitted for
 * the CIO's approval and rejected (RV-5), overdue action items (RV-5). The owner is remembered from the events that
 * name one, for those that do not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewAlerts {

    private static final Pattern NUMBER = Pattern.compile("\\b(MI|INC)-\\d+");

    private final PersonalNotices notices;
    private final ReviewOwnerRepository owners;
    private final TimeText time;

    ReviewAlerts(PersonalNotices notices, ReviewOwnerRepository owners, TimeText time) {
        this.notices = notices;
        this.owners = owners;
        this.time = time;
    }

    /** What the review events carry that routing needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(UUID reviewId, String type, String title, String kind, Person owner, Instant dueAt, Integer version,
                        String by, String reason, ActionItem actionItem) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionItem(UUID id, String title, Person owner, Instant dueAt, String externalTicket) {
    }

    public void on(String eventType, Event e) {
        ReviewOwner known = owners.findByIdOptional(e.reviewId()).orElse(null);
        if (known == null) {
            known = new ReviewOwner(e.reviewId());
            owners.persist(known);
        }
        known.remember(e.owner(), e.title());
        NoticeRecipients.Parties parties = NoticeRecipients.Parties.of(null, 0).with(Party.OWNER, known.person());
        String reference = reference(e.type(), known.title(), e.reviewId());
        String deliverable = label(e.kind()) + " report";
        switch (eventType) {
            case "review.deadline-approaching" -> tell(eventType, e.reviewId() + "/" + e.kind() + "/" + e.dueAt(), reference, e, parties,
                    "Deadline approaching: " + deliverable, "The " + deliverable.toLowerCase(Locale.ROOT) + " is due " + time.format(e.dueAt()) + ".");
            case "review.deadline-missed" -> tell(eventType, e.reviewId() + "/" + e.kind() + "/" + e.dueAt(), reference, e, parties,
                    "Deadline missed: " + deliverable, "The " + deliverable.toLowerCase(Locale.ROOT) + " was due " + time.format(e.dueAt())
                            + " and has not been distributed.");
            case "review.submitted" -> tell(eventType, e.reviewId() + "/" + e.kind() + "/" + e.version(), reference, e, parties,
                    "Approval pending: " + deliverable, "Submitted by " + e.by() + " for the CIO's approval (version " + e.version() + ").");
            case "review.rejected" -> tell(eventType, e.reviewId() + "/" + e.kind() + "/" + e.version(), reference, e, parties,
                    "Rejected: " + deliverable, "Sent back by " + e.by() + ": " + e.reason());
            case "review.action-item-overdue" -> {
                ActionItem item = e.actionItem();
                tell(eventType, e.reviewId() + "/" + item.id() + "/" + item.dueAt(), reference, e, parties.with(Party.ITEM_OWNER, item.owner()),
                        "Action item overdue: " + item.title(), "It was due " + time.format(item.dueAt())
                                + (item.externalTicket() == null ? "." : " (" + item.externalTicket() + ")."));
            }
            default -> { }
        }
    }

    private void tell(String type, String fact, String reference, Event e, NoticeRecipients.Parties parties, String headline,
                      String paragraph) {
        notices.tell(type, fact, new Notice.Subject(SubjectType.REVIEW, e.reviewId(), reference), parties,
                IncidentAlerts.view(headline, paragraph, List.of(new Fact("Review id", e.reviewId().toString()))));
    }

    /** A review has no number of its own: its type and the number of what it reviews (its title starts with it). */
    static String reference(String type, String title, UUID reviewId) {
        Matcher m = NUMBER.matcher(title == null ? "" : title);
        return (type == null ? "REVIEW" : type) + " " + (m.find() ? m.group() : reviewId.toString().substring(0, 8));
    }

    private static String label(String kind) {
        return kind == null ? "Review" : kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
    }
}
