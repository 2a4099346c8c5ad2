package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.platform.events.Outbox;
import org.opsdesk.review.domain.IncidentFacts;
import org.opsdesk.review.domain.MajorIncidentFacts;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.domain.RecurrencePolicy;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.domain.ReviewEvents;
import org.opsdesk.review.domain.ReviewTrigger;
import org.opsdesk.review.domain.ReviewType;
import org.opsdesk.review.domain.Section;
import org.opsdesk.review.persistence.IncidentFactRepository;
import org.opsdesk.review.persistence.ReviewRepository;
import org.opsdesk.review.persistence.ReviewVersionRepository;

/**
 * Opens reviews from incoming facts: an AAR for a resolved major incident (RV-1), a PIR for a severity-1 incident
 * and for recurring significant incidents (RV-4). A trigger's key is unique, so redeliveries open nothing more.
 */
@ApplicationScoped
public class ReviewOpening {

    private final ReviewRepository reviews;
    private final ReviewVersionRepository versions;
    private final IncidentFactRepository incidents;
    private final ReviewPlans plans;
    private final Outbox outbox;
    private final Clock clock;

    ReviewOpening(ReviewRepository reviews, ReviewVersionRepository versions, IncidentFactRepository incidents,
                  ReviewPlans plans, Outbox outbox, Clock clock) {
        this.reviews = reviews;
        this.versions = versions;
        this.incidents = incidents;
        this.plans = plans;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The AAR of a resolved major incident; its deadlines run from the resolution. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Review> afterMajorIncident(MajorIncidentFacts mi, Instant eventTime) {
        String key = ReviewTrigger.majorIncidentKey(mi.majorIncidentId());
        if (reviews.findByTriggerKey(key).isPresent()) {
            return Optional.empty();
        }
        String name = mi.number() != null ? mi.number() + " " + mi.title() : mi.title();
        Review.Subject subject = new Review.Subject(ReviewType.AAR, ReviewTrigger.MAJOR_INCIDENT_RESOLVED, key,
                mi.majorIncidentId(), null, mi.incidents(), mi.services(), name + " — After Action Review");
        Person owner = mi.coordinator() != null && mi.coordinator().name() != null
                ? new Person(mi.coordinator().name(), mi.coordinator().email()) : null;
        Map<Section, String> prefilled = new EnumMap<>(Section.class);
        prefilled.put(Section.SUMMARY, mi.resolutionSummary());
        prefilled.put(Section.IMPACT, mi.impactSummary());
        Instant resolvedAt = mi.resolvedAt() != null ? mi.resolvedAt() : eventTime;
        return Optional.of(open(subject, owner, prefilled, resolvedAt));
    }

    /** The PIR of a severity-1 incident; its deadline runs from the incident's resolution, once known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Review> forSevereIncident(IncidentFacts incident) {
        if (incident.severity() == null || incident.severity() > plans.pirTriggerSeverity()) {
            return Optional.empty();
        }
        String key = ReviewTrigger.severityOneKey(incident.incidentId());
        if (reviews.findByTriggerKey(key).isPresent()) {
            return Optional.empty();
        }
        Review.Subject subject = new Review.Subject(ReviewType.PIR, ReviewTrigger.SEVERITY_1_INCIDENT, key, null,
                incident.incidentId(), List.of(incident.incidentId().toString()), incident.services(),
                name(incident) + " — Post-incident review");
        Map<Section, String> prefilled = new EnumMap<>(Section.class);
        prefilled.put(Section.SUMMARY, incident.summary());
        Instant resolvedAt = incidents.find(incident.incidentId()).map(IncidentFactRepository.IncidentFact::resolvedAt).orElse(null);
        return Optional.of(open(subject, null, prefilled, resolvedAt));
    }

    /** A PIR for each service and category on which significant incidents recur (004 §3.7); its deadline runs from now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Review> forRecurrence(IncidentFacts incident) {
        RecurrencePolicy policy = plans.recurrence();
        if (incident.category() == null || incident.createdAt() == null
                || !policy.significant(incident.severity(), incident.onSignificantService())) {
            return List.of();
        }
        Instant since = policy.windowStart(incident.createdAt());
        return incident.services().stream()
                .flatMap(service -> recurrence(service, incident, since, policy).stream())
                .toList();
    }

    private Optional<Review> recurrence(String service, IncidentFacts incident, Instant since, RecurrencePolicy policy) {
        List<UUID> recurring = incidents.recurring(service, incident.category(), since, incident.createdAt(),
                policy.significantMaxSeverity());
        if (!policy.recurring(recurring.size()) || reviews.recurrenceReviewedSince(service, incident.category(), since)) {
            return Optional.empty();
        }
        String key = ReviewTrigger.recurrenceKey(service, incident.category(), recurring.get(0));
        Review.Subject subject = new Review.Subject(ReviewType.PIR, ReviewTrigger.RECURRING_INCIDENTS, key, null,
                incident.incidentId(), recurring.stream().map(UUID::toString).toList(), List.of(service),
                "Recurring " + incident.category() + " incidents on " + service + " — Post-incident review");
        Map<Section, String> prefilled = new EnumMap<>(Section.class);
        prefilled.put(Section.SUMMARY, recurring.size() + " significant " + incident.category() + " incidents on " + service
                + " within " + policy.window().toDays() + " days.");
        return Optional.of(open(subject, null, prefilled, clock.instant()));
    }

    /** Starts the deadlines of the PIRs that waited for this incident's resolution. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void incidentResolved(UUID incidentId, Instant resolvedAt) {
        for (Review review : reviews.awaitingDeadlineStart(incidentId)) {
            if (review.startDeadlines(resolvedAt, plans.deadlines())) {
                versions.record(review.id(), review.note("deadlines start at the incident's resolution", "system",
                        clock.instant()));
            }
        }
    }

    private Review open(Review.Subject subject, Person owner, Map<Section, String> prefilled, Instant deadlinesFrom) {
        Review review = Review.open(subject, owner, plans.deliverables(subject.type()), prefilled, clock.instant());
        review.ownedByAudience(plans.defaultOwnerAudience(subject.type()));
        if (deadlinesFrom != null) {
            review.startDeadlines(deadlinesFrom, plans.deadlines());
        }
        reviews.persist(review);
        reviews.flush();
        versions.record(review.id(), review.opened());
        outbox.append(review.id().toString(), ReviewEvents.OPENED, ReviewEvents.Opened.of(review));
        return review;
    }

    private static String name(IncidentFacts incident) {
        String number = incident.number() != null ? incident.number() : "Incident " + incident.incidentId();
        return incident.summary() == null ? number : number + " " + incident.summary();
    }
}
