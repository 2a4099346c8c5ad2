package org.opsdesk.incident.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.EscalationType;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.SlaTarget;
import org.opsdesk.incident.persistence.IncidentRepository;

/**
 * Watches the SLA clocks (IN-8, IN-9): a warning at the configured share of a target, a breach at the target
 * and an automatic escalation with it. Each incident is handled in its own transaction under a row lock, so
 * two replicas never act twice and one failing incident does not stop the others.
 */
@Startup // registers its counters at start
@ApplicationScoped
public class SlaMonitor {

    private static final Logger LOG = Logger.getLogger(SlaMonitor.class);
    private static final int BATCH = 500;
    private static final String WARNINGS = "opsdesk.sla.warnings";
    private static final String BREACHES = "opsdesk.sla.breaches";

    private final IncidentRepository incidents;
    private final Escalations escalations;
    private final Journal journal;
    private final IncidentConfig config;
    private final MeterRegistry registry;

    SlaMonitor(IncidentRepository incidents, Escalations escalations, Journal journal,
               IncidentConfig config, MeterRegistry registry) {
        this.registry = registry;
        for (SlaTarget target : SlaTarget.values()) { // every series from the start, so a first breach is an increase
            count(new Crossed(WARNINGS, target), 0);
            count(new Crossed(BREACHES, target), 0);
        }
        this.incidents = incidents;
        this.escalations = escalations;
        this.journal = journal;
        this.config = config;
    }

    /** @return how many incidents had a warning or breach due */
    public int slaDue(Instant at) {
        Instant now = Moments.of(at);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> incidents.slaDue(now, BATCH));
        for (UUID id : due) {
            try {
                List<Crossed> crossed = QuarkusTransaction.requiringNew().call(() -> incidents.lock(id).map(incident -> check(incident, now))
                        .orElse(List.of()));
                crossed.forEach(c -> count(c, 1));
            } catch (RuntimeException e) {
                LOG.errorf(e, "SLA check of incident %s failed; the next run retries it", id);
            }
        }
        return due.size();
    }

    /** A warning or breach that committed. */
    private record Crossed(String metric, SlaTarget target) {
    }

    /** {@code opsdesk_sla_warnings_total{target}} and {@code opsdesk_sla_breaches_total{target}}. */
    private void count(Crossed crossed, int times) {
        registry.counter(crossed.metric(), "target", crossed.target().name().toLowerCase(Locale.ROOT)).increment(times);
    }

    private List<Crossed> check(Incident incident, Instant now) {
        String actor = config.sla().actor();
        List<Crossed> crossed = new ArrayList<>();
        for (SlaTarget target : SlaTarget.values()) {
            Instant dueAt = incident.sla().dueAt(target);
            if (incident.sla().breachDue(target, now)) {
                incident.slaBreached(target);
                journal.announce(incident, "SLA_BREACHED", actor, now, new IncidentEvents.SlaBreached(target, dueAt, now));
                escalate(incident, target, dueAt, now);
                crossed.add(new Crossed(BREACHES, target));
            } else if (incident.sla().warningDue(target, now)) {
                incident.slaWarned(target);
                journal.announce(incident, "SLA_WARNING", actor, now, new IncidentEvents.SlaWarning(target, dueAt, now));
                crossed.add(new Crossed(WARNINGS, target));
            }
        }
        return crossed;
    }

    /** The configured escalation of the target, else the other kind; none when the team's paths end. */
    private void escalate(Incident incident, SlaTarget target, Instant dueAt, Instant now) {
        EscalationType preferred = target == SlaTarget.RESPONSE
                ? config.sla().responseBreachEscalation() : config.sla().resolutionBreachEscalation();
        EscalationType other = preferred == EscalationType.FUNCTIONAL ? EscalationType.HIERARCHICAL : EscalationType.FUNCTIONAL;
        String reason = "the %s target was missed (due %s)".formatted(target.name().toLowerCase(), dueAt);
        for (EscalationType type : List.of(preferred, other)) {
            if (escalations.possible(incident, type)) {
                escalations.escalate(incident, type, reason, config.sla().actor(), now);
                return;
            }
        }
        LOG.warnf("%s breached its %s target but team %s has no escalation path", incident.number(), target, incident.assignedTeam());
    }
}
