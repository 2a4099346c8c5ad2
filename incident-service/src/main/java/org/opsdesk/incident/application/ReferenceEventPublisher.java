package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.domain.integration.Integration;
import org.opsdesk.incident.domain.reference.CatalogService;
import org.opsdesk.incident.domain.reference.Category;
import org.opsdesk.incident.domain.reference.HelpDesk;
import org.opsdesk.incident.domain.reference.KnownError;
import org.opsdesk.incident.domain.reference.PriorityMatrix;
import org.opsdesk.incident.domain.reference.SlaPolicy;
import org.opsdesk.incident.domain.reference.Team;
import org.opsdesk.platform.audit.ChangeLog.Action;
import org.opsdesk.platform.events.Outbox;

/**
 * Writes the reference-data events to the outbox (docs/events/incident.*-changed): the resource's state after the
 * change (its last state when deleted) and the {@code action}, keyed by the resource's id. A team's managers and
 * their phone numbers stay out: a consumer needs the team, not how to ring its managers.
 */
@ApplicationScoped
public class ReferenceEventPublisher {

    public static final String SERVICE_CHANGED = "incident.service-changed";
    public static final String TEAM_CHANGED = "incident.team-changed";
    public static final String CATEGORY_CHANGED = "incident.category-changed";
    public static final String HELP_DESK_CHANGED = "incident.help-desk-changed";
    public static final String PRIORITY_MATRIX_CHANGED = "incident.priority-matrix-changed";
    public static final String SLA_POLICY_CHANGED = "incident.sla-policy-changed";
    public static final String KNOWN_ERROR_CHANGED = "incident.known-error-changed";
    public static final String INTEGRATION_CHANGED = "incident.integration-changed";

    /** The one priority matrix's key. */
    static final String PRIORITY_MATRIX = "priority-matrix";

    record ServiceChanged(String serviceId, String name, String owningTeam, boolean significant, boolean active, Action action) {
    }

    record TeamChanged(String teamId, String name, int tier, String email, String escalatesTo, List<String> members,
                       Action action) {
    }

    record CategoryChanged(String code, String name, boolean active, Action action) {
    }

    record HelpDeskChanged(String helpDeskId, String name, String phone, String email, String url, String hours,
                           Action action) {
    }

    record PriorityMatrixChanged(List<PriorityMatrix.Cell> cells, Action action) {
    }

    /** A policy is for a priority, or a client's for a severity level: the other is null. */
    record SlaPolicyChanged(UUID policyId, String customerOrg, String priority, Integer severity, String responseTarget,
                            String resolutionTarget, String hours, Action action) {
    }

    record KnownErrorChanged(UUID knownErrorId, String title, String symptoms, String workaround, List<String> serviceIds,
                             boolean active, Action action) {
    }

    /** Never the key nor its hash: a consumer learns that an integration exists, changed its key or was revoked. */
    record IntegrationChanged(UUID integrationId, String name, String kind, String defaultService, String defaultCustomerOrg,
                              Instant keyRotatedAt, Instant revokedAt, Action action) {
    }

    private final Outbox outbox;

    ReferenceEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void service(CatalogService s, Action action) {
        outbox.append(s.id(), SERVICE_CHANGED,
                new ServiceChanged(s.id(), s.name(), s.owningTeam(), s.significant(), s.active(), action));
    }

    void team(Team t, Action action) {
        outbox.append(t.id(), TEAM_CHANGED, new TeamChanged(t.id(), t.name(), t.tier(), t.email(),
                t.escalatesTo().orElse(null), t.members().stream().sorted().toList(), action));
    }

    void category(Category c, Action action) {
        outbox.append(c.code(), CATEGORY_CHANGED, new CategoryChanged(c.code(), c.name(), c.active(), action));
    }

    void helpDesk(HelpDesk d, Action action) {
        outbox.append(d.id(), HELP_DESK_CHANGED,
                new HelpDeskChanged(d.id(), d.name(), d.phone(), d.email(), d.url(), d.hours(), action));
    }

    void priorityMatrix(PriorityMatrix matrix) {
        outbox.append(PRIORITY_MATRIX, PRIORITY_MATRIX_CHANGED, new PriorityMatrixChanged(matrix.cells(), Action.UPDATED));
    }

    void slaPolicy(SlaPolicy p, Action action) {
        outbox.append(p.id().toString(), SLA_POLICY_CHANGED, new SlaPolicyChanged(p.id(), p.customerOrg(),
                p.priority() == null ? null : p.priority().name(), p.severity(), p.responseTarget().toString(),
                p.resolutionTarget().toString(), p.hours().name(), action));
    }

    void knownError(KnownError k, Action action) {
        outbox.append(k.id().toString(), KNOWN_ERROR_CHANGED, new KnownErrorChanged(k.id(), k.title(), k.symptoms(),
                k.workaround(), k.serviceIds(), k.active(), action));
    }

    void integration(Integration i, Action action) {
        outbox.append(i.id().toString(), INTEGRATION_CHANGED, new IntegrationChanged(i.id(), i.name(), i.kind().name(),
                i.defaultService(), i.defaultCustomerOrg(), i.keyRotatedAt(), i.revokedAt(), action));
    }
}
