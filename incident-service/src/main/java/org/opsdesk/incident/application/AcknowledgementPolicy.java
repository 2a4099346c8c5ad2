package org.opsdesk.incident.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.AcknowledgementWatch;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.IncidentStatus;
import org.opsdesk.incident.persistence.AcknowledgementWatchRepository;
import org.opsdesk.incident.persistence.IncidentRepository;

/**
 * The acknowledgement escalation policy (issue 13): an incident assigned to a queue and not acknowledged within the
 * target of its priority is announced again by {@code incident.acknowledgement-overdue}, to the queue, then to its
 * manager (notification-service routes it), every {@code repeat-every}, until acknowledged or the reminders are
 * spent. Each incident in its own transaction under a row lock, so two replicas never remind twice.
 */
@ApplicationScoped
public class AcknowledgementPolicy {

    private static final Logger LOG = Logger.getLogger(AcknowledgementPolicy.class);
    private static final int BATCH = 500;

    private final AcknowledgementWatchRepository watches;
    private final IncidentRepository incidents;
    private final Journal journal;
    private final IncidentConfig config;

    AcknowledgementPolicy(AcknowledgementWatchRepository watches, IncidentRepository incidents, Journal journal,
                          IncidentConfig config) {
        this.watches = watches;
        this.incidents = incidents;
        this.journal = journal;
        this.config = config;
    }

    /**
     * Called with every event of an incident: a case that entered a queue (or another queue) is watched from
     * {@code now}; one that left ASSIGNED (acknowledged, returned, resolved …) is no longer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(Incident incident, Instant now) {
        AcknowledgementWatch watch = watches.findByIdOptional(incident.id()).orElse(null);
        boolean waiting = incident.status() == IncidentStatus.ASSIGNED && incident.assignedTeam() != null;
        if (watch != null && (!waiting || !watch.team().equals(incident.assignedTeam()))) {
            watches.delete(watch);
            watches.flush();
            watch = null;
        }
        if (watch == null) {
            start(incident, now);
        }
    }

    /** Watches a case that waits in a queue from {@code now}; a new incident has no watch yet to look up. */
    public void start(Incident incident, Instant now) {
        Duration target = config.acknowledgement().target().get(incident.priority());
        if (incident.status() == IncidentStatus.ASSIGNED && incident.assignedTeam() != null && target != null) {
            watches.persist(new AcknowledgementWatch(incident.id(), incident.assignedTeam(), now.plus(target)));
        }
    }

    /** @return how many reminders were due */
    public int remindDue(Instant at) {
        Instant now = Moments.of(at);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> watches.due(now, BATCH));
        for (UUID id : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> watches.lock(id).ifPresent(watch -> remind(watch, now)));
            } catch (RuntimeException e) {
                LOG.errorf(e, "acknowledgement reminder of incident %s failed; the next run retries it", id);
            }
        }
        return due.size();
    }

    private void remind(AcknowledgementWatch watch, Instant now) {
        if (watch.nextAt() == null || watch.nextAt().isAfter(now)) {
            return;
        }
        Incident incident = incidents.lock(watch.incidentId()).orElseThrow();
        IncidentConfig.Acknowledgement policy = config.acknowledgement();
        AcknowledgementWatch.Reminder reminder = watch.remind(now, new AcknowledgementWatch.Policy(policy.queueReminders(),
                policy.managerReminders(), policy.repeatEvery()));
        journal.announce(incident, "ACKNOWLEDGEMENT_OVERDUE", config.sla().actor(), now,
                new IncidentEvents.AcknowledgementOverdue(reminder.level(), reminder.number(), reminder.dueAt(), now));
    }
}
