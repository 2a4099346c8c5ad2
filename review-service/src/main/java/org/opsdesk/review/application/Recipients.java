package org.opsdesk.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opsdesk.review.domain.Person;
import org.opsdesk.review.domain.Review;
import org.opsdesk.review.persistence.IncidentFactRepository;
import org.opsdesk.review.persistence.MajorIncidentFactRepository;

/**
 * Who receives a deliverable: the configured lists it names, plus three lists resolved per review:
 * {@code impacted-customers} (contacts of the incidents' customer organisations and their reporters),
 * {@code coordinator} (of the major incident) and {@code owner} (of the review). One entry per email address.
 */
@ApplicationScoped
public class Recipients {

    private static final Logger LOG = Logger.getLogger(Recipients.class);

    private final ReviewPlans plans;
    private final IncidentFactRepository incidents;
    private final MajorIncidentFactRepository majorIncidents;

    Recipients(ReviewPlans plans, IncidentFactRepository incidents, MajorIncidentFactRepository majorIncidents) {
        this.plans = plans;
        this.incidents = incidents;
        this.majorIncidents = majorIncidents;
    }

    public List<Person> of(Review review, List<String> lists) {
        Map<String, Person> byEmail = new LinkedHashMap<>();
        for (String list : lists) {
            for (Person person : resolve(review, list)) {
                if (person != null && person.reachable()) {
                    Person named = person.name() == null || person.name().isBlank() ? new Person(person.email(), person.email()) : person;
                    byEmail.putIfAbsent(person.email().toLowerCase(Locale.ROOT), named);
                }
            }
        }
        return List.copyOf(byEmail.values());
    }

    private List<Person> resolve(Review review, String list) {
        return switch (list) {
            case "impacted-customers" -> impactedCustomers(review);
            case "owner" -> review.owner() == null ? List.of() : List.of(review.owner());
            case "coordinator" -> review.majorIncidentId() == null ? List.of()
                    : majorIncidents.find(review.majorIncidentId())
                            .map(mi -> Person.of(mi.coordinatorName(), mi.coordinatorEmail()))
                            .map(List::of).orElse(List.of());
            default -> {
                List<Person> people = plans.list(list);
                if (people.isEmpty()) {
                    LOG.warnf("distribution list '%s' is not configured (opsdesk.review.distribution-lists.%s)", list, list);
                }
                yield people;
            }
        };
    }

    private List<Person> impactedCustomers(Review review) {
        List<UUID> ids = new ArrayList<>(review.incidentUuids());
        if (review.incidentId() != null && !ids.contains(review.incidentId())) {
            ids.add(review.incidentId());
        }
        List<Person> people = new ArrayList<>();
        for (IncidentFactRepository.IncidentFact incident : incidents.findAll(ids)) {
            if (incident.customerOrg() != null) {
                people.addAll(plans.customerContacts(incident.customerOrg()));
            }
            people.add(Person.of(incident.reporterName(), incident.reporterEmail()));
        }
        return people;
    }
}
