package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.SlaHours;
import org.opsdesk.incident.domain.reference.PriorityMatrix;
import org.opsdesk.incident.domain.reference.SlaPolicy;
import org.opsdesk.incident.persistence.PriorityMatrixRepository;
import org.opsdesk.incident.persistence.SlaPolicyRepository;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.ResourceNotFoundException;

/** The priority matrix (IN-4) and the SLA policies per organisation and priority (IN-9). */
@ApplicationScoped
public class PolicyService {

    private final PriorityMatrixRepository matrix;
    private final SlaPolicyRepository policies;
    private final Event<ReferenceCache.Changed> changed;

    PolicyService(PriorityMatrixRepository matrix, SlaPolicyRepository policies, Event<ReferenceCache.Changed> changed) {
        this.matrix = matrix;
        this.policies = policies;
        this.changed = changed;
    }

    public PriorityMatrix priorityMatrix() {
        return matrix.load();
    }

    /** Replaces the whole matrix; it must be complete. New priorities apply to incidents logged or triaged from now on. */
    @Transactional
    public PriorityMatrix replacePriorityMatrix(List<PriorityMatrix.Cell> cells) {
        PriorityMatrix replacement = new PriorityMatrix(cells);
        matrix.replace(replacement);
        changed.fire(new ReferenceCache.Changed());
        return replacement;
    }

    public List<SlaPolicy> slaPolicies(String customerOrg) {
        return policies.of(customerOrg);
    }

    public SlaPolicy slaPolicy(UUID id) {
        return policies.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("SLA policy", id));
    }

    @Transactional
    public SlaPolicy createSlaPolicy(String customerOrg, Priority priority, Duration response, Duration resolution, SlaHours hours) {
        policies.exact(customerOrg, priority).ifPresent(existing -> {
            throw new ConflictException("SLA policy " + existing.id() + " already covers "
                    + (customerOrg == null ? "the default" : customerOrg) + " " + priority + "; PUT changes it");
        });
        SlaPolicy policy = new SlaPolicy(customerOrg, priority);
        policy.define(response, resolution, hours);
        policies.persist(policy);
        changed.fire(new ReferenceCache.Changed());
        return policy;
    }

    @Transactional
    public SlaPolicy updateSlaPolicy(UUID id, Duration response, Duration resolution, SlaHours hours) {
        SlaPolicy policy = slaPolicy(id);
        policy.define(response, resolution, hours);
        changed.fire(new ReferenceCache.Changed());
        return policy;
    }

    /** An organisation's own policy can go (its incidents fall back to the default); a default one cannot. */
    @Transactional
    public void deleteSlaPolicy(UUID id) {
        SlaPolicy policy = slaPolicy(id);
        if (policy.customerOrg() == null) {
            throw new ConflictException("the default policy of " + policy.priority() + " cannot be deleted; PUT changes it");
        }
        policies.delete(policy);
        changed.fire(new ReferenceCache.Changed());
    }
}
