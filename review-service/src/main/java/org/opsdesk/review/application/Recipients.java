package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.persistence.IncidentFactRepository;
import org.opsdesk.review.persistence.MajorIncidentFactRepository;

/**
 * Who receives a deliverable (RV-3). Review-service resolves only what it alone knows: the {@code owner} of the review
 * (or, while an audience owns it, that audience),
 * the {@code coordinator} of the major incident, and for {@code impacted-customers} the incidents' customer
 * organisations and reporters. Every other name is an audience of notification-service, whose contact directory
 * resolves it, as it resolves the organisations' contacts: one directory.
 */
@ApplicationScoped
public class Recipients {

    public static final String IMPACTED_CUSTOMERS = "impacted-customers";

    private final IncidentFactRepository incidents;
    private final MajorIncidentFactRepository majorIncidents;

    Recipients(IncidentFactRepository incidents, MajorIncidentFactRepository majorIncidents) {
        this.incidents = incidents;
        this.majorIncidents = majorIncidents;
    }

    /** People and audiences for the internal report; customer organisations and reporters for the customer report. */
    public record Distribution(List<Person> people, List<String> audiences, List<Person> customers,
                               List<String> customerOrganisations) {

        public boolean isEmpty() {
            return people.isEmpty() && audiences.isEmpty() && customers.isEmpty() && customerOrganisations.isEmpty();
        }

        public String describe() {
            List<String> parts = new ArrayList<>();
            parts.add((people.size() + customers.size()) + " recipients");
            if (!audiences.isEmpty()) {
                parts.add("audiences " + String.join(", ", audiences));
            }
            if (!customerOrganisations.isEmpty()) {
                parts.add("the contacts of " + String.join(", ", customerOrganisations));
            }
            return String.join(", ", parts);
        }
    }

    public Distribution of(Review review, List<String> lists) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Person> customers = new LinkedHashMap<>();
        Set<String> audiences = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        for (String list : lists) {
            switch (list) {
                case IMPACTED_CUSTOMERS -> impactedIncidents(review).forEach(incident -> {
                    if (incident.customerOrg() != null) {
                        organisations.add(incident.customerOrg());
                    }
                    add(customers, Person.of(incident.reporterName(), incident.reporterEmail()));
                });
                case "owner" -> {
                    add(people, review.owner());
                    if (review.ownerAudience() != null) {
                        audiences.add(review.ownerAudience());
                    }
                }
                case "coordinator" -> {
                    if (review.majorIncidentId() != null) {
                        majorIncidents.find(review.majorIncidentId())
                                .ifPresent(mi -> add(people, Person.of(mi.coordinatorName(), mi.coordinatorEmail())));
                    }
                }
                default -> audiences.add(list);
            }
        }
        return new Distribution(List.copyOf(people.values()), List.copyOf(audiences), List.copyOf(customers.values()),
                List.copyOf(organisations));
    }

    private List<IncidentFactRepository.IncidentFact> impactedIncidents(Review review) {
        List<UUID> ids = new ArrayList<>(review.incidentUuids());
        if (review.incidentId() != null && !ids.contains(review.incidentId())) {
            ids.add(review.incidentId());
        }
        return incidents.findAll(ids);
    }

    private static void add(Map<String, Person> byEmail, Person person) {
        if (person != null && person.reachable()) {
            Person named = person.name() == null || person.name().isBlank() ? new Person(person.email(), person.email()) : person;
            byEmail.putIfAbsent(person.email().toLowerCase(Locale.ROOT), named);
        }
    }
}
