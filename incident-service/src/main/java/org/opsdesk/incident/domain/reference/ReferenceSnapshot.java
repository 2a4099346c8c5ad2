package org.opsdesk.incident.domain.reference;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.SlaTerms;
import org.opsdesk.incident.domain.Urgency;

/**
 * The reference data that logging and triage read for every incident, as one immutable value: the priority
 * matrix, the SLA policies, the service catalog and the active categories. Later changes to the entities it was
 * made from do not show through.
 */
public final class ReferenceSnapshot {

    private final PriorityMatrix matrix;
    /** Organisation (null: the default policies) → priority → targets. */
    private final Map<String, Map<Priority, SlaTerms>> termsByOrganisation = new HashMap<>();
    /** Organisation → severity level → its own targets. */
    private final Map<String, Map<Integer, SlaTerms>> severityTermsByOrganisation = new HashMap<>();
    private final Map<String, Boolean> significanceByService;
    private final Set<String> activeCategories;

    public ReferenceSnapshot(PriorityMatrix matrix, List<SlaPolicy> policies, List<CatalogService> services,
                             List<Category> categories) {
        this.matrix = matrix;
        for (SlaPolicy policy : policies) {
            if (policy.severity() != null) {
                severityTermsByOrganisation.computeIfAbsent(policy.customerOrg(), org -> new HashMap<>())
                        .put(policy.severity(), policy.terms());
            } else {
                termsByOrganisation.computeIfAbsent(policy.customerOrg(), org -> new EnumMap<>(Priority.class))
                        .put(policy.priority(), policy.terms());
            }
        }
        this.significanceByService = services.stream().collect(Collectors.toUnmodifiableMap(CatalogService::id, CatalogService::significant));
        this.activeCategories = categories.stream().filter(Category::active).map(Category::code).collect(Collectors.toUnmodifiableSet());
    }

    public Priority priority(int severity, Urgency urgency) {
        return matrix.priorityOf(severity, urgency);
    }

    /** The organisation's own terms for the severity, else its own for the priority, else the default ones. */
    public Optional<SlaTerms> terms(String customerOrg, int severity, Priority priority) {
        SlaTerms bySeverity = severityTermsByOrganisation.getOrDefault(customerOrg, Map.of()).get(severity);
        return bySeverity != null ? Optional.of(bySeverity) : terms(customerOrg, priority);
    }

    /** The organisation's own policy for the priority, else the default one. */
    public Optional<SlaTerms> terms(String customerOrg, Priority priority) {
        SlaTerms own = customerOrg == null ? null : termsByOrganisation.getOrDefault(customerOrg, Map.of()).get(priority);
        return Optional.ofNullable(own != null ? own : termsByOrganisation.getOrDefault(null, Map.of()).get(priority));
    }

    /** @return empty when the catalog does not know the service, else whether it is significant */
    public Optional<Boolean> significance(String serviceId) {
        return Optional.ofNullable(significanceByService.get(serviceId));
    }

    public boolean inCatalog(String serviceId) {
        return significanceByService.containsKey(serviceId);
    }

    public boolean isActiveCategory(String code) {
        return activeCategories.contains(code);
    }
}
