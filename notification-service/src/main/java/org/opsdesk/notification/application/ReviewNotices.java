package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opsdesk.notification.application.NoticeView.Fact;
import org.opsdesk.notification.domain.Audience;
import org.opsdesk.notification.domain.Contact;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.persistence.AudienceRepository;
import org.opsdesk.notification.persistence.ContactRepository;
import org.opsdesk.platform.hash.Sha256;

/** Review reports and missed review deadlines, emailed to the people the review service names. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewNotices {

    private static final Logger LOG = Logger.getLogger(ReviewNotices.class);

    private final Notices notices;
    private final TimeText time;
    private final AudienceRepository audiences;
    private final ContactRepository contacts;

    ReviewNotices(Notices notices, TimeText time, AudienceRepository audiences, ContactRepository contacts) {
        this.notices = notices;
        this.time = time;
        this.audiences = audiences;
        this.contacts = contacts;
    }

    /** What the review events carry that matters here. */
    public record Review(UUID reviewId, String type, UUID majorIncidentId, UUID incidentId, String kind, String title,
                         List<Person> recipients, List<String> audiences, String reportMarkdown,
                         List<Person> customerRecipients, List<String> customerOrganisations, String customerReportMarkdown,
                         Instant dueAt, List<Person> escalateTo, List<String> escalateToAudiences) {
        public Review {
            recipients = recipients == null ? List.of() : recipients;
            audiences = audiences == null ? List.of() : audiences;
            escalateTo = escalateTo == null ? List.of() : escalateTo;
            escalateToAudiences = escalateToAudiences == null ? List.of() : escalateToAudiences;
            customerRecipients = customerRecipients == null ? List.of() : customerRecipients;
            customerOrganisations = customerOrganisations == null ? List.of() : customerOrganisations;
        }
    }

    /**
     * review.distributed: the internal report goes to its recipients and the members of its audiences, the customer
     * report to the reporters and the contacts of the impacted organisations (RV-3: this service's directory is the
     * only one). The same report is sent once, a revised one again.
     */
    public void distributed(Review review) {
        List<Person> internal = new ArrayList<>(review.recipients());
        review.audiences().forEach(key -> internal.addAll(audienceMembers(review, key)));
        report(review, "review/", review.reportMarkdown(), internal);
        if (review.customerReportMarkdown() != null) {
            List<Person> customers = new ArrayList<>(review.customerRecipients());
            review.customerOrganisations().forEach(org -> contacts.ofOrganisation(org).forEach(c -> customers.add(person(c))));
            report(review, "review-customers/", review.customerReportMarkdown(), customers);
        }
    }

    private void report(Review review, String dedupPrefix, String markdown, List<Person> to) {
        String headline = "[" + review.type() + "] " + label(review.kind()) + " report: " + review.title();
        NoticeView view = new NoticeView(headline, List.of("The " + label(review.kind()).toLowerCase() + " "
                + review.type() + " report follows."), List.of(), markdown, null);
        send(review, dedupPrefix + review.reviewId() + "/" + review.kind() + "/" + digest(markdown),
                DeliveryKind.REVIEW_REPORT, to, view);
    }

    private List<Person> audienceMembers(Review review, String key) {
        Audience audience = audiences.findByIdOptional(key).orElse(null);
        if (audience == null) {
            LOG.warnf("review %s: audience '%s' is not defined (PUT /api/v1/audiences/%s)", review.reviewId(), key, key);
            return List.of();
        }
        return contacts.named(audience.members(), null).stream().map(ReviewNotices::person).toList();
    }

    private static Person person(Contact contact) {
        return new Person(contact.name(), contact.email(), contact.phone(), contact.role(), null);
    }

    /**
     * review.deadline-missed: the people to escalate to are told, and the members of the audiences it names, resolved
     * from this service's contacts (RV-3: review-service keeps no addresses).
     */
    public void deadlineMissed(Review review) {
        List<Person> people = new ArrayList<>(review.escalateTo());
        review.escalateToAudiences().forEach(key -> people.addAll(audienceMembers(review, key)));
        NoticeView view = new NoticeView("[" + review.type() + "] Deadline missed: " + label(review.kind()) + " report",
                List.of("The " + label(review.kind()).toLowerCase() + " " + review.type() + " report was due "
                        + time.format(review.dueAt()) + " and has not been distributed."),
                List.of(new Fact("Review", review.reviewId().toString())), null, null);
        send(review, "review-deadline/" + review.reviewId() + "/" + review.kind() + "/" + review.dueAt(),
                DeliveryKind.REVIEW_DEADLINE_NOTICE, people, view);
    }

    private void send(Review review, String dedupKey, DeliveryKind kind, List<Person> people, NoticeView view) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        if (people != null) {
            people.stream().filter(Person::hasEmail)
                    .forEach(p -> byEmail.putIfAbsent(p.email().toLowerCase(Locale.ROOT), new Recipient(p.name(), p.email())));
        }
        List<Recipient> recipients = List.copyOf(byEmail.values());
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
