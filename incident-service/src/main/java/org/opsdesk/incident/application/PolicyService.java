package org.opsdesk.incident.application;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.SlaHours;
import org.opsdesk.incident.domain.reference.PriorityMatrix;
import org.opsdesk.incident.domain.reference.SeverityLevel;
import org.opsdesk.incident.domain.reference.SlaPolicy;
import org.opsdesk.incident.persistence.PriorityMatrixRepository;
import org.opsdesk.incident.persistence.SeverityLevelRepository;
import org.opsdesk.incident.persistence.SlaPolicyRepository;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.ResourceNotFoundException;

/** The severity levels and priority matrix (IN-4) and the SLA policies per organisation and priority or severity (IN-9). */
@ApplicationScoped
public class PolicyService {

    private final PriorityMatrixRepository matrix;
    private final SlaPolicyRepository policies;
    private final SeverityLevelRepository severityLevels;
    private final Event<ReferenceCache.Changed> changed;
    private final ChangeLog changeLog;
    private final ReferenceEventPublisher events;

    PolicyService(PriorityMatrixRepository matrix, SlaPolicyRepository policies, SeverityLevelRepository severityLevels,
                  Event<ReferenceCache.Changed> changed, ChangeLog changeLog, ReferenceEventPublisher events) {
        this.matrix = matrix;
        this.policies = policies;
        this.severityLevels = severityLevels;
        this.changed = changed;
        this.changeLog = changeLog;
        this.events = events;
    }

    private record PolicyFields(String customerOrg, Priority priority, Integer severity, Duration responseTarget,
                                Duration resolutionTarget, SlaHours hours) {
        static PolicyFields of(SlaPolicy p) {
            return new PolicyFields(p.customerOrg(), p.priority(), p.severity(), p.responseTarget(), p.resolutionTarget(), p.hours());
        }
    }

    /** The four severity levels with their definitions (004 §3.3), for whoever rates an incident's impact. */
    public List<SeverityLevel> severityLevels() {
        return severityLevels.listAll(Sort.by("level"));
    }

    public PriorityMatrix priorityMatrix() {
        return matrix.load();
    }

    /** Replaces the whole matrix; it must be complete. New priorities apply to incidents logged or triaged from now on. */
    @Transactional
    public PriorityMatrix replacePriorityMatrix(List<PriorityMatrix.Cell> cells) {
        PriorityMatrix replacement = new PriorityMatrix(cells);
        PriorityMatrix before = matrix.load();
        matrix.replace(replacement);
        changeLog.record("priority-matrix", "default", ChangeLog.Action.UPDATED, changedCells(before, replacement));
        events.priorityMatrix(replacement);
        changed.fire(new ReferenceCache.Changed());
        return replacement;
    }

    public List<SlaPolicy> slaPolicies(String customerOrg) {
        return policies.of(customerOrg);
    }

    public SlaPolicy slaPolicy(UUID id) {
        return policies.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("SLA policy", id));
    }

    /** A policy for a priority, or a client's for a severity level ({@code severity} not null). */
    @Transactional
    public SlaPolicy createSlaPolicy(String customerOrg, Priority priority, Integer severity, Duration response,
                                     Duration resolution, SlaHours hours) {
        SlaPolicy policy = severity == null ? new SlaPolicy(customerOrg, priority) : SlaPolicy.perSeverity(customerOrg, severity);
        (severity == null ? policies.exact(customerOrg, priority) : policies.exact(customerOrg, severity)).ifPresent(existing -> {
            throw new ConflictException("SLA policy " + existing.id() + " already covers "
                    + (customerOrg == null ? "the default" : customerOrg) + " "
                    + (severity == null ? priority : "severity " + severity) + "; PUT changes it");
        });
        policy.define(response, resolution, hours);
        policies.persist(policy);
        changeLog.saved("sla-policy", policy.id().toString(), null, PolicyFields.of(policy));
        events.slaPolicy(policy, ChangeLog.Action.CREATED);
        changed.fire(new ReferenceCache.Changed());
        return policy;
    }

    @Transactional
    public SlaPolicy updateSlaPolicy(UUID id, Duration response, Duration resolution, SlaHours hours) {
        SlaPolicy policy = slaPolicy(id);
        PolicyFields before = PolicyFields.of(policy);
        policy.define(response, resolution, hours);
        changeLog.saved("sla-policy", id.toString(), before, PolicyFields.of(policy));
        events.slaPolicy(policy, ChangeLog.Action.UPDATED);
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
        changeLog.deleted("sla-policy", id.toString(), PolicyFields.of(policy));
        events.slaPolicy(policy, ChangeLog.Action.DELETED);
        changed.fire(new ReferenceCache.Changed());
    }

    /** {@code 1/HIGH: P2 → P1, …} for each cell whose priority changed. */
    private static String changedCells(PriorityMatrix before, PriorityMatrix after) {
        String changes = after.cells().stream()
                .filter(cell -> before.priorityOf(cell.severity(), cell.urgency()) != cell.priority())
                .map(cell -> cell.severity() + "/" + cell.urgency() + ": " + before.priorityOf(cell.severity(), cell.urgency())
                        + " → " + cell.priority())
                .collect(Collectors.joining("; "));
        return changes.isEmpty() ? "no change" : changes;
    }
}
