package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.platform.testing.Properties.between;
import static org.opsdesk.platform.testing.Properties.forAll;
import static org.opsdesk.platform.testing.Properties.oneOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opsdesk.incident.domain.reference.CatalogService;
import org.opsdesk.incident.domain.reference.Category;
import org.opsdesk.incident.domain.reference.PriorityMatrix;
import org.opsdesk.incident.domain.reference.ReferenceSnapshot;
import org.opsdesk.incident.domain.reference.SlaPolicy;

/** The in-memory reference data answers what the tables say (IN-4, IN-9): an organisation's own SLA policy first. */
class ReferenceSnapshotPropertiesTest {

    private static final List<String> ORGANISATIONS = List.of("dept-of-revenue", "dept-of-health");

    /** Which (organisation or default, priority) pairs have a policy, with targets in minutes: from none to all of them. */
    private static Map<String, Integer> policies(Random random) {
        double share = random.nextDouble();
        Map<String, Integer> policies = new TreeMap<>();
        for (String org : List.of("", ORGANISATIONS.get(0), ORGANISATIONS.get(1))) {
            for (Priority priority : Priority.values()) {
                if (random.nextDouble() < share) {
                    policies.put(org + "/" + priority, between(random, 1, 10_000));
                }
            }
        }
        return policies;
    }

    private static PriorityMatrix matrix() {
        List<PriorityMatrix.Cell> cells = new ArrayList<>();
        for (int severity = 1; severity <= 4; severity++) {
            for (Urgency urgency : Urgency.values()) {
                cells.add(new PriorityMatrix.Cell(severity, urgency, Priority.P3));
            }
        }
        return new PriorityMatrix(cells);
    }

    private static List<SlaPolicy> entities(Map<String, Integer> policies) {
        return policies.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("/");
            SlaPolicy policy = new SlaPolicy(key[0].isEmpty() ? null : key[0], Priority.valueOf(key[1]));
            policy.define(Duration.ofMinutes(entry.getValue()), Duration.ofMinutes(entry.getValue() * 2L), SlaHours.TWENTY_FOUR_SEVEN);
            return policy;
        }).toList();
    }

    @Test
    void anOrganisationsOwnPolicyWinsThenTheDefault() {
        record Case(Map<String, Integer> policies, int org, Priority priority) {
        }
        forAll("an organisation's own policy wins, then the default", 1000,
                random -> new Case(policies(random), between(random, -1, 2), oneOf(random, Priority.values())),
                c -> ownPolicyWinsThenTheDefault(c.policies(), c.org(), c.priority()));
    }

    private static void ownPolicyWinsThenTheDefault(Map<String, Integer> policies, int org, Priority priority) {
        String customerOrg = org < 0 ? null : org < ORGANISATIONS.size() ? ORGANISATIONS.get(org) : "dept-without-policies";
        Integer own = customerOrg == null ? null : policies.get(customerOrg + "/" + priority);
        Integer expected = own != null ? own : policies.get("/" + priority);

        Optional<SlaTerms> terms = new ReferenceSnapshot(matrix(), entities(policies), List.of(), List.of()).terms(customerOrg, priority);

        assertThat(terms.map(t -> (int) t.responseTarget().toMinutes())).isEqualTo(Optional.ofNullable(expected));
        terms.ifPresent(t -> assertThat(t.resolutionTarget()).isEqualTo(t.responseTarget().multipliedBy(2)));
    }

    @Test
    void laterChangesToTheEntitiesDoNotShowThrough() {
        record Case(Map<String, Integer> policies, Priority priority, boolean significant) {
        }
        forAll("later changes to the entities do not show through", 1000,
                random -> new Case(policies(random), oneOf(random, Priority.values()), random.nextBoolean()),
                c -> laterChangesDoNotShowThrough(c.policies(), c.priority(), c.significant()));
    }

    private static void laterChangesDoNotShowThrough(Map<String, Integer> policies, Priority priority, boolean significant) {
        List<SlaPolicy> entities = entities(policies);
        CatalogService service = new CatalogService("vpn");
        service.define("VPN", "network-team", significant, true);
        Category category = new Category("network");
        category.define("Network", true);
        ReferenceSnapshot snapshot = new ReferenceSnapshot(matrix(), entities, List.of(service), List.of(category));
        Optional<SlaTerms> before = snapshot.terms(null, priority);

        entities.forEach(p -> p.define(Duration.ofMinutes(1), Duration.ofMinutes(1), SlaHours.BUSINESS_HOURS));
        service.define("VPN", "network-team", !significant, true);
        category.define("Network", false);

        assertThat(snapshot.terms(null, priority)).isEqualTo(before);
        assertThat(snapshot.significance("vpn")).contains(significant);
        assertThat(snapshot.isActiveCategory("network")).isTrue();
        assertThat(snapshot.inCatalog("mainframe")).isFalse();
        assertThat(snapshot.isActiveCategory("unknown")).isFalse();
    }
}
