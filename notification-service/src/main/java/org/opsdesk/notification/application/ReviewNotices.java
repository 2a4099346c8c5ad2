package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opsdesk.notification.application.NoticeView.Fact;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.platform.hash.Sha256;

/** Review reports and missed review deadlines, emailed to the people the review service names. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewNotices {

    private static final Logger LOG = Logger.getLogger(ReviewNotices.class);

    private final Notices notices;
    private final TimeText time;

    ReviewNotices(Notices notices, TimeText time) {
        this.notices = notices;
        this.time = time;
    }

    /** What the review events carry that matters here. */
    public record Review(UUID reviewId, String type, UUID majorIncidentId, UUID incidentId, String kind, String title,
                         List<Person> recipients, String reportMarkdown, Instant dueAt, List<Person> escalateTo) {
    }

    /** review.distributed: the report goes to its recipients; the same report is sent once, a revised one again. */
    public void distributed(Review review) {
        String headline = "[" + review.type() + "] " + label(review.kind()) + " report: " + review.title();
        NoticeView view = new NoticeView(headline, List.of("The " + label(review.kind()).toLowerCase() + " "
                + review.type() + " report follows."), List.of(), review.reportMarkdown(), null);
        send(review, "review/" + review.reviewId() + "/" + review.kind() + "/" + digest(review.reportMarkdown()),
                DeliveryKind.REVIEW_REPORT, review.recipients(), view);
    }

    /** review.deadline-missed: the people to escalate to are told. */
    public void deadlineMissed(Review review) {
        NoticeView view = new NoticeView("[" + review.type() + "] Deadline missed: " + label(review.kind()) + " report",
                List.of("The " + label(review.kind()).toLowerCase() + " " + review.type() + " report was due "
                        + time.format(review.dueAt()) + " and has not been distributed."),
                List.of(new Fact("Review", review.reviewId().toString())), null, null);
        send(review, "review-deadline/" + review.reviewId() + "/" + review.kind() + "/" + review.dueAt(),
                DeliveryKind.REVIEW_DEADLINE_NOTICE, review.escalateTo(), view);
    }

    private void send(Review review, String dedupKey, DeliveryKind kind, List<Person> people, NoticeView view) {
        List<Recipient> recipients = people == null ? List.of()
                : people.stream().filter(Person::hasEmail).map(p -> new Recipient(p.name(), p.email())).toList();
        if (recipients.isEmpty() || (review.majorIncidentId() == null && review.incidentId() == null)) {
            LOG.warnf("review %s: nobody to send the %s to, or no incident named", review.reviewId(), kind);
            return;
        }
        SubjectType type = review.majorIncidentId() != null ? SubjectType.MAJOR_INCIDENT : SubjectType.INCIDENT;
        UUID subject = review.majorIncidentId() != null ? review.majorIncidentId() : review.incidentId();
        notices.email(type, subject, dedupKey, "review-" + review.type().toLowerCase(), kind, recipients, view);
    }

    private static String label(String kind) {
        return kind == null ? "Review" : kind.charAt(0) + kind.substring(1).toLowerCase();
    }

    private static String digest(String text) {
        return Sha256.hex(String.valueOf(text)).substring(0, 16);
    }
}
