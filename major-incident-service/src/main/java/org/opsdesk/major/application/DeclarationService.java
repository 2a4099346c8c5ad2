package org.opsdesk.major.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.major.config.MajorIncidentConfig;
import org.opsdesk.major.domain.CoordinatorChain;
import org.opsdesk.major.domain.DeclarationAuthority;
import org.opsdesk.major.domain.KnownIncident;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.domain.MajorIncidentEvents.TypeChanged;
import org.opsdesk.major.domain.MajorIncidentType;
import org.opsdesk.major.persistence.KnownIncidentRepository;
import org.opsdesk.major.persistence.MajorIncidentRepository;
import org.opsdesk.platform.errors.ConflictException;

/** Declaration of major incidents (MI-1) with the coordinator taken from the roster (MI-2). */
@ApplicationScoped
public class DeclarationService {

    static final String SYSTEM = "system";

    private final MajorIncidentRepository majorIncidents;
    private final KnownIncidentRepository incidents;
    private final RosterService roster;
    private final Journal journal;
    private final MajorIncidentConfig config;
    private final Clock clock;

    DeclarationService(MajorIncidentRepository majorIncidents, KnownIncidentRepository incidents, RosterService roster,
                       Journal journal, MajorIncidentConfig config, Clock clock) {
        this.majorIncidents = majorIncidents;
        this.incidents = incidents;
        this.roster = roster;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
    }

    public DeclarationAuthority authority() {
        return new DeclarationAuthority(config.declaration().authorities(), config.declaration().cybersecurityAuthorities(),
                config.declaration().designeeRoles());
    }

    /** The caller may {@code what} a major incident of {@code type}: by token group, or as a designee on duty now. */
    public void check(Caller caller, MajorIncidentType type, String what) {
        if (!roster.isOnDutyAs(config.declaration().designeeRoles(), caller, clock.instant())) {
            authority().check(caller.groups(), type, what);
        }
    }

    @Transactional
    public MajorIncident declare(MajorIncident.Declaration declaration, Caller caller) {
        check(caller, declaration.type(), "declare");
        return open(declaration, caller.name());
    }

    /**
     * Retypes a major incident OPERATIONAL ↔ CYBERSECURITY (002 §IV.E, §V.A.6; 004 §2), by those who may declare a
     * cybersecurity one. Becoming CYBERSECURITY hands the lead to whoever is on duty along the cybersecurity chain
     * (the Enterprise Security Officer leads cybersecurity incidents, 002 §IV.E).
     */
    @Transactional
    public MajorIncident changeType(UUID id, MajorIncidentType type, String reason, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        check(caller, MajorIncidentType.CYBERSECURITY, "retype");
        MajorIncidentType previous = mi.changeType(type);
        journal.announce(mi, caller.name(), "type " + previous + " → " + type + ": " + reason,
                new TypeChanged(previous.name(), reason, caller.name()));
        if (type == MajorIncidentType.CYBERSECURITY) {
            roster.coordinatorFor(type, clock.instant()).filter(lead -> !mi.isLedBy(lead.person().name()))
                    .ifPresent(lead -> {
                        mi.assignCoordinator(lead.person(), lead.dutyRole());
                        assigned(mi, lead, "retyped to CYBERSECURITY: " + lead.dutyRole() + " leads cybersecurity incidents (002 §IV.E)");
                    });
        }
        return mi;
    }

    /** Declares without an authority check: the caller has done it, or the declaration is automatic. */
    @Transactional(Transactional.TxType.MANDATORY)
    MajorIncident open(MajorIncident.Declaration declaration, String declaredBy) {
        declaration.incidentIds().forEach(this::requireUnlinked);
        Instant now = clock.instant();
        Instant startedAt = incidents.byIds(declaration.incidentIds()).stream().map(KnownIncident::outageStartedAt)
                .min(Comparator.naturalOrder()).orElse(now);
        MajorIncident mi = MajorIncident.declare(majorIncidents.nextNumber(), declaration, startedAt, now, declaredBy);
        CoordinatorChain chain = roster.chainFor(declaration.type());
        Optional<CoordinatorChain.Assignment> lead = chain.firstOnDuty(role -> roster.onDuty(role, now));
        lead.ifPresent(assignment -> mi.assignCoordinator(assignment.person(), assignment.dutyRole()));
        majorIncidents.persist(mi);
        journal.announce(mi, declaredBy, "declared " + mi.type() + " major incident " + mi.number() + ": " + mi.title(),
                new MajorIncidentEvents.Declared());
        if (lead.isPresent()) {
            assigned(mi, lead.get(), "first on duty along " + chain.describe() + ": " + lead.get().dutyRole());
        } else {
            String reason = "nobody on duty along " + chain.describe();
            journal.announce(mi, SYSTEM, "no coordinator: " + reason, new MajorIncidentEvents.CoordinatorGap(reason));
        }
        return mi;
    }

    /**
     * Gives every open major incident that nobody coordinates whoever is now on duty along its chain: a shift that
     * starts covering a chain role fills the gap (MI-2), announced like the assignment at declaration.
     *
     * @return how many gaps were filled
     */
    @Transactional
    public int fillCoordinatorGaps() {
        Instant now = clock.instant();
        int filled = 0;
        for (MajorIncident mi : majorIncidents.lockOpenWithCoordinatorGap()) {
            CoordinatorChain chain = roster.chainFor(mi.type());
            Optional<CoordinatorChain.Assignment> lead = chain.firstOnDuty(role -> roster.onDuty(role, now));
            if (lead.isPresent()) {
                mi.assignCoordinator(lead.get().person(), lead.get().dutyRole());
                assigned(mi, lead.get(), "gap filled: " + lead.get().dutyRole() + " came on duty along " + chain.describe());
                filled++;
            }
        }
        return filled;
    }

    private void assigned(MajorIncident mi, CoordinatorChain.Assignment lead, String reason) {
        journal.announce(mi, SYSTEM, "coordinator " + lead.person().name() + " assigned (" + reason + ")",
                new MajorIncidentEvents.CoordinatorAssigned(reason));
    }

    /** @throws ConflictException when the incident already belongs to a major incident */
    void requireUnlinked(UUID incidentId) {
        majorIncidents.holderOf(incidentId).ifPresent(holder -> {
            throw new ConflictException("incident " + incidentId + " already belongs to major incident "
                    + majorIncidents.require(holder).number());
        });
    }
}
