package org.opsdesk.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opsdesk.incident.domain.reference.CatalogService;
import org.opsdesk.incident.domain.reference.Category;
import org.opsdesk.incident.domain.reference.PriorityMatrix;
import org.opsdesk.incident.domain.reference.ReferenceSnapshot;
import org.opsdesk.incident.domain.reference.SlaPolicy;

/** The in-memory reference data answers what the tables say (IN-4, IN-9): an organisation's own SLA policy first. */
class ReferenceSnapshotPropertiesTest {

    private static final List<String> ORGANISATIONS = List.of("dept-of-revenue", "dept-of-health");

    /** Which (organisation or default, priority) pairs have a policy, with targets in minutes. */
    @Provide
    Arbitrary<Map<String, Integer>> policies() {
        List<String> keys = new ArrayList<>();
        for (String org : List.of("", ORGANISATIONS.get(0), ORGANISATIONS.get(1))) {
            for (Priority priority : Priority.values()) {
                keys.add(org + "/" + priority);
            }
        }
        return Arbitraries.maps(Arbitraries.of(keys), Arbitraries.integers().between(1, 10_000)).ofMaxSize(keys.size());
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

    @Property
    void anOrganisationsOwnPolicyWinsThenTheDefault(@ForAll("policies") Map<String, Integer> policies,
                                                   @ForAll @IntRange(min = -1, max = 2) int org, @ForAll Priority priority) {
        String customerOrg = org < 0 ? null : org < ORGANISATIONS.size() ? ORGANISATIONS.get(org) : "dept-without-policies";
        Integer own = customerOrg == null ? null : policies.get(customerOrg + "/" + priority);
        Integer expected = own != null ? own : policies.get("/" + priority);

        Optional<SlaTerms> terms = new ReferenceSnapshot(matrix(), entities(policies), List.of(), List.of()).terms(customerOrg, priority);

        assertThat(terms.map(t -> (int) t.responseTarget().toMinutes())).isEqualTo(Optional.ofNullable(expected));
        terms.ifPresent(t -> assertThat(t.resolutionTarget()).isEqualTo(t.responseTarget().multipliedBy(2)));
    }

    @Property
    void laterChangesToTheEntitiesDoNotShowThrough(@ForAll("policies") Map<String, Integer> policies, @ForAll Priority priority,
                                                   @ForAll boolean significant) {
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
