package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Audience;
import org.opsdesk.notification.domain.CommunicationPlan;
import org.opsdesk.notification.domain.IncidentFacts;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.NotificationEvents;
import org.opsdesk.notification.domain.PlanAudience;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.persistence.AudienceRepository;
import org.opsdesk.notification.persistence.ContactRepository;
import org.opsdesk.notification.persistence.PlanRepository;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.audit.ChangeSummary;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.events.Outbox;

/**
 * Communication plans, the one place they are created: a major incident's at declaration (CO-1), adjusted by people,
 * closed at resolution; a severe incident's to the organisations it affects (CO-3).
 */
@ApplicationScoped
public class PlanService {

    private static final Logger LOG = Logger.getLogger(PlanService.class);
    private static final Duration SHORTEST_CADENCE = Duration.ofSeconds(1);

    private final PlanRepository plans;
    private final AudienceRepository audiences;
    private final ContactRepository contacts;
    private final SlotPlanner planner;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final WebhookTargets targets;
    private final AffectedOrganisations organisations;

    PlanService(PlanRepository plans, AudienceRepository audiences, ContactRepository contacts, SlotPlanner planner,
                Outbox outbox, NotificationConfig config, ChangeLog changeLog, Clock clock, WebhookTargets targets,
                AffectedOrganisations organisations) {
        this.targets = targets;
        this.organisations = organisations;
        this.plans = plans;
        this.audiences = audiences;
        this.contacts = contacts;
        this.planner = planner;
        this.outbox = outbox;
        this.config = config;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** The default plan; its first update to every audience is due at the declaration. Once per major incident. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openForMajorIncident(MajorIncidentFacts facts, Instant eventTime) {
        if (plans.findBySubject(SubjectType.MAJOR_INCIDENT, facts.majorIncidentId()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        List<PlanAudience> defaults = audiences.inDefaultPlan().stream().filter(Audience::namesSomeone)
                .map(a -> a.toPlanAudience(config.cadence())).toList();
        CommunicationPlan plan = CommunicationPlan.create(SubjectType.MAJOR_INCIDENT, facts.majorIncidentId(), facts.reference(),
                facts.title() == null ? facts.reference() : facts.title(), defaults, now);
        plans.persist(plan);
        planner.open(plan, defaults, facts.declaredAt() != null ? facts.declaredAt() : eventTime, now);
        announce(plan);
    }

    /**
     * Every organisation a severity 1–2 incident affects is notified within its terms, then updated at their pace,
     * ending with "service restored" (004 §3.4, CO-3). Once per incident.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openForIncident(IncidentFacts facts, Instant eventTime) {
        if (plans.findBySubject(SubjectType.INCIDENT, facts.incidentId()).isPresent()) {
            return;
        }
        List<AffectedOrganisations.Notified> notified = organisations.of(facts);
        if (notified.isEmpty()) {
            LOG.warnf("severity %d incident %s: no affected organisation has contacts to notify", facts.severity(), facts.reference());
            return;
        }
        Instant now = clock.instant();
        CommunicationPlan plan = CommunicationPlan.create(SubjectType.INCIDENT, facts.incidentId(), facts.reference(),
                facts.summary() == null ? facts.reference() : facts.summary(),
                notified.stream().flatMap(n -> n.audiences().stream()).toList(), now);
        plans.persist(plan);
        Instant received = facts.createdAt() != null ? facts.createdAt() : eventTime;
        notified.forEach(n -> planner.open(plan, n.audiences(), now, received.plus(n.notifyWithin()), now));
        announce(plan);
    }

    private void announce(CommunicationPlan plan) {
        outbox.append(plan.subjectId().toString(), NotificationEvents.PLAN_CREATED, NotificationEvents.PlanCreated.of(plan));
    }

    /** The plan ends without a resolution notice (an incident referred to another help desk): pending updates are cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(SubjectType type, UUID subjectId, String reason) {
        plans.findBySubject(type, subjectId).filter(CommunicationPlan::isActive).ifPresent(plan -> {
            plan.resolve(clock.instant());
            planner.cancelPending(plan, reason);
        });
    }

    /** Every audience gets its resolution notice, then nothing more. A plan already resolved is left alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolve(SubjectType type, UUID subjectId, String reason) {
        plans.findBySubject(type, subjectId).filter(CommunicationPlan::isActive).ifPresent(plan -> {
            Instant now = clock.instant();
            plan.resolve(now);
            planner.closeWithResolution(plan, reason, now);
        });
    }

    /** CO-1 (issue 13): a published status update goes to every audience of the active plan now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendNow(UUID majorIncidentId) {
        plans.findBySubject(SubjectType.MAJOR_INCIDENT, majorIncidentId).filter(CommunicationPlan::isActive)
                .ifPresent(plan -> planner.sendNow(plan, clock.instant()));
    }

    /** A reopened major incident: updates resume at once, at the plan's cadence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(UUID majorIncidentId) {
        plans.findBySubject(SubjectType.MAJOR_INCIDENT, majorIncidentId).filter(p -> !p.isActive()).ifPresent(plan -> {
            plan.reopen();
            planner.open(plan, plan.audiences(), clock.instant(), clock.instant());
        });
    }

    public CommunicationPlan get(SubjectType type, UUID subjectId) {
        return plans.findBySubject(type, subjectId).orElseThrow(() -> new ResourceNotFoundException("communication plan of", subjectId));
    }

    /** Replaces the audiences: new ones get an update at once, removed ones stop, changed ones are replanned. */
    @Transactional
    public CommunicationPlan adjust(UUID majorIncidentId, List<PlanAudience> newAudiences) {
        validate(newAudiences);
        CommunicationPlan plan = get(SubjectType.MAJOR_INCIDENT, majorIncidentId);
        Map<String, PlanAudience> before = plan.audiences().stream()
                .collect(Collectors.toMap(PlanAudience::audience, Function.identity()));
        CommunicationPlan.PlanChange change = plan.adjust(newAudiences);
        Instant now = clock.instant();
        change.removed().forEach(audience -> planner.remove(plan, audience));
        planner.open(plan, change.added(), now, now);
        for (PlanAudience after : change.changed()) {
            PlanAudience old = before.get(after.audience());
            if (old.channel() != after.channel() || !old.cadence().equals(after.cadence())) {
                planner.replan(plan, old, after, now);
            }
        }
        changeLog.record("communication-plan", majorIncidentId.toString(), ChangeLog.Action.UPDATED, summary(change, before));
        outbox.append(majorIncidentId.toString(), NotificationEvents.PLAN_ADJUSTED, NotificationEvents.PlanAdjusted.of(plan, change));
        return plan;
    }

    /** {@code added: a; removed: b; changed: c (cadence: PT30M → PT15M)}, naming the audiences by key. */
    private static String summary(CommunicationPlan.PlanChange change, Map<String, PlanAudience> before) {
        List<String> parts = new ArrayList<>();
        if (!change.added().isEmpty()) {
            parts.add("added: " + change.added().stream().map(PlanAudience::audience).collect(Collectors.joining(", ")));
        }
        if (!change.removed().isEmpty()) {
            parts.add("removed: " + change.removed().stream().map(PlanAudience::audience).collect(Collectors.joining(", ")));
        }
        change.changed().forEach(a ->
                parts.add("changed: " + a.audience() + " (" + ChangeSummary.between(before.get(a.audience()), a) + ")"));
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private void validate(List<PlanAudience> newAudiences) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < newAudiences.size(); i++) {
            PlanAudience audience = newAudiences.get(i);
            String field = "audiences[" + i + "]";
            if (!keys.add(audience.audience())) {
                throw new InvalidFieldException(field + ".audience", "appears twice in the plan");
            }
            if (audience.cadence().compareTo(SHORTEST_CADENCE) < 0) {
                throw new InvalidFieldException(field + ".cadence", "must be at least " + SHORTEST_CADENCE);
            }
            List<String> unknown = audience.members().stream().filter(key -> contacts.findByIdOptional(key).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidFieldException(field + ".members", "unknown contacts: " + String.join(", ", unknown));
            }
            if (audience.channel() == Channel.WEBHOOK) {
                targets.check(field + ".webhookUrl", audience.webhookUrl());
            }
        }
    }
}
