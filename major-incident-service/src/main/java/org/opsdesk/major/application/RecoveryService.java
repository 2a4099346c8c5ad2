package org.opsdesk.major.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.domain.Objective;
import org.opsdesk.major.persistence.MajorIncidentRepository;
import org.opsdesk.platform.errors.AccessDeniedException;

/** RTO and RPO of the remediation strategy, when each is met, and the warnings when the RTO is in danger (MI-6). */
@ApplicationScoped
public class RecoveryService {

    private final MajorIncidentRepository majorIncidents;
    private final Journal journal;
    private final Clock clock;

    RecoveryService(MajorIncidentRepository majorIncidents, Journal journal, Clock clock) {
        this.majorIncidents = majorIncidents;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public MajorIncident setObjectives(UUID id, Duration rto, Duration rpo, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        mi.setRecoveryObjectives(rto, rpo);
        journal.announce(mi, caller.name(), "recovery objectives: RTO " + rto + " (by "
                + mi.rtoDeadline() + "), RPO " + rpo, new MajorIncidentEvents.RecoveryObjectivesSet(caller.name()));
        if (mi.flagRtoAtRiskIfEstimateLate(clock.instant())) {
            announceAtRisk(mi, caller.name());
        }
        return mi;
    }

    @Transactional
    public MajorIncident markMet(UUID id, Objective objective, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        if (!caller.is(mi::isLedBy)) {
            throw new AccessDeniedException("the Incident Response Team Leader determines when RTO and RPO are met"
                    + " (002 §V.C.5): only the coordinator of " + mi.number()
                    + (mi.coordinator() != null ? " (" + mi.coordinator().name() + ")" : "") + " may mark them");
        }
        Instant now = clock.instant();
        mi.markObjectiveMet(objective, now);
        journal.announce(mi, caller.name(), objective + " met",
                new MajorIncidentEvents.ObjectiveMet(objective.name(), now, caller.name()));
        return mi;
    }

    /** The job: an estimate past the RTO deadline puts it at risk; a deadline passed unmet is a breach. Each once. */
    @Transactional
    public int recoveryObjectivesDue(Instant now) {
        int announced = 0;
        for (MajorIncident mi : majorIncidents.lockOpenWithRecoveryObjectives()) {
            if (mi.flagRtoAtRiskIfEstimateLate(now)) {
                announceAtRisk(mi, DeclarationService.SYSTEM);
                announced++;
            }
            if (mi.flagRtoBreachedIfElapsed(now)) {
                journal.announce(mi, DeclarationService.SYSTEM, "RTO " + mi.rto() + " elapsed at "
                        + mi.rtoDeadline() + " without being met", new MajorIncidentEvents.RtoBreached(mi.rtoDeadline()));
                announced++;
            }
        }
        return announced;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void announceAtRisk(MajorIncident mi, String actor) {
        Instant estimate = mi.latestStatus().estimatedRemediationAt();
        journal.announce(mi, actor, "estimated remediation " + estimate + " is after the RTO deadline "
                + mi.rtoDeadline(), new MajorIncidentEvents.RtoAtRisk(mi.rtoDeadline(), estimate));
    }
}
