package org.opsdesk.major.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.platform.errors.ConflictException;

/** The major incident aggregate: every change goes through {@link #perform(Command)}, which refuses illegal ones. */
@Entity
public class MajorIncident {

    @Id
    private UUID id;
    private String number;
    private String title;
    @Enumerated(EnumType.STRING)
    private MajorIncidentType type;
    @Enumerated(EnumType.STRING)
    private MajorIncidentStatus status;
    private String impactSummary;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "major_incident_service", joinColumns = @JoinColumn(name = "major_incident_id"))
    @Column(name = "service_id")
    private Set<String> serviceIds = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "major_incident_incident", joinColumns = @JoinColumn(name = "major_incident_id"))
    @Column(name = "incident_id")
    private Set<UUID> incidentIds = new LinkedHashSet<>();
    private Instant startedAt;
    private Instant declaredAt;
    private String declaredBy;
    @Embedded
    private Person coordinator;
    private String coordinatorRole;
    private boolean coordinatorGap;
    @Embedded
    private Bridge bridge;
    @Embedded
    private Eoc eoc;
    private Long rtoSeconds;
    private Long rpoSeconds;
    private Instant rtoMetAt;
    private Instant rpoMetAt;
    private Instant rtoAtRiskAt;
    private Instant rtoBreachedAt;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "latest_status_update_id")
    private StatusUpdate latestStatus;
    private boolean disaster;
    private Instant disasterRiskReportedAt;
    private Instant disasterDeclaredAt;
    private String disasterDeclaredBy;
    private Instant resolvedAt;
    private String resolvedBy;
    private String resolutionSummary;
    private Instant closedAt;
    private String closedBy;
    /** When it last changed (every event announced about it): the change feed's order (updatedSince). */
    private Instant updatedAt;
    @Version
    private long version;
    @Transient
    private final List<String> transitions = new ArrayList<>();

    protected MajorIncident() {
    }

    /** What a declaration states: title, type, scope and the incidents it covers. */
    public record Declaration(String title, MajorIncidentType type, Collection<String> serviceIds, String impactSummary,
                              Collection<UUID> incidentIds) {
    }

    /** @param startedAt when the disruption began: the earliest linked incident, else the declaration */
    public static MajorIncident declare(String number, Declaration declaration, Instant startedAt, Instant now, String by) {
        MajorIncident mi = new MajorIncident();
        mi.id = UUID.randomUUID();
        mi.number = number;
        mi.title = declaration.title();
        mi.type = declaration.type();
        mi.status = MajorIncidentStatus.DECLARED;
        mi.impactSummary = declaration.impactSummary();
        mi.serviceIds.addAll(declaration.serviceIds());
        mi.incidentIds.addAll(declaration.incidentIds());
        mi.startedAt = startedAt.isAfter(now) ? now : startedAt;
        mi.declaredAt = now;
        mi.updatedAt = now;
        mi.declaredBy = by;
        mi.coordinatorGap = true;
        return mi;
    }

    /** Checks that the current state allows {@code command} and moves to the state after it. */
    public void perform(Command command) {
        MajorIncidentStatus next = status.after(command);
        if (next != status) {
            transitions.add(status + " → " + next);
        }
        status = next;
    }

    /** The state changes since the last call, for the timeline (MI-9). */
    public List<String> takeTransitions() {
        List<String> taken = List.copyOf(transitions);
        transitions.clear();
        return taken;
    }

    public void assignCoordinator(Person person, String dutyRole) {
        perform(Command.ASSIGN_COORDINATOR);
        coordinator = person;
        coordinatorRole = dutyRole;
        coordinatorGap = false;
    }

    /** @return the type before the change */
    public MajorIncidentType changeType(MajorIncidentType next) {
        if (next == type) {
            throw new ConflictException(number + " is already " + type);
        }
        perform(Command.CHANGE_TYPE);
        MajorIncidentType previous = type;
        type = next;
        return previous;
    }

    public void openBridge(Bridge details) {
        perform(Command.OPEN_BRIDGE);
        bridge = details;
    }

    public void activateEoc(Eoc activation) {
        perform(Command.ACTIVATE_EOC);
        eoc = activation;
    }

    /** @return true when the incident was not linked yet */
    public boolean linkIncident(UUID incidentId) {
        perform(Command.LINK_INCIDENT);
        return incidentIds.add(incidentId);
    }

    public void changeScope(Collection<String> services, String impact) {
        perform(Command.CHANGE_SCOPE);
        serviceIds.clear();
        serviceIds.addAll(services);
        impactSummary = impact;
    }

    /** New objectives replace the old ones; whether each was met, at risk or breached starts over. */
    public void setRecoveryObjectives(Duration rto, Duration rpo) {
        perform(Command.SET_RECOVERY_OBJECTIVES);
        rtoSeconds = rto.toSeconds();
        rpoSeconds = rpo.toSeconds();
        rtoMetAt = null;
        rpoMetAt = null;
        rtoAtRiskAt = null;
        rtoBreachedAt = null;
    }

    public void markObjectiveMet(Objective objective, Instant now) {
        perform(Command.MARK_OBJECTIVE_MET);
        if (rtoSeconds == null) {
            throw new ConflictException("no recovery objectives are set for " + number);
        }
        if (metAt(objective) != null) {
            throw new ConflictException(objective + " of " + number + " was already met at " + metAt(objective));
        }
        if (objective == Objective.RTO) {
            rtoMetAt = now;
        } else {
            rpoMetAt = now;
        }
    }

    /** @return true when this update's estimate newly puts the RTO at risk */
    public boolean publishStatus(StatusUpdate update, Instant now) {
        perform(Command.PUBLISH_STATUS_UPDATE);
        latestStatus = update;
        return flagRtoAtRiskIfEstimateLate(now);
    }

    /** @return true when the latest estimated remediation passes the RTO deadline and that was not flagged yet */
    public boolean flagRtoAtRiskIfEstimateLate(Instant now) {
        Instant deadline = rtoDeadline();
        if (deadline == null || rtoMetAt != null || rtoAtRiskAt != null || latestStatus == null
                || !latestStatus.estimatedRemediationAt().isAfter(deadline)) {
            return false;
        }
        rtoAtRiskAt = now;
        return true;
    }

    /** @return true when the RTO deadline has passed unmet and that was not flagged yet */
    public boolean flagRtoBreachedIfElapsed(Instant now) {
        Instant deadline = rtoDeadline();
        if (!status.isOpen() || deadline == null || rtoMetAt != null || rtoBreachedAt != null || now.isBefore(deadline)) {
            return false;
        }
        rtoBreachedAt = now;
        return true;
    }

    public void reportDisasterRisk(Instant now) {
        perform(Command.REPORT_DISASTER_RISK);
        disasterRiskReportedAt = now;
    }

    public void declareDisaster(Instant now, String by) {
        if (disaster) {
            throw new ConflictException(number + " was already declared a disaster at " + disasterDeclaredAt
                    + " by " + disasterDeclaredBy);
        }
        perform(Command.DECLARE_DISASTER);
        disaster = true;
        disasterDeclaredAt = now;
        disasterDeclaredBy = by;
    }

    public void resolve(String summary, Instant now, String by) {
        perform(Command.RESOLVE);
        resolutionSummary = summary;
        resolvedAt = now;
        resolvedBy = by;
    }

    public void reopen() {
        perform(Command.REOPEN);
        resolutionSummary = null;
        resolvedAt = null;
        resolvedBy = null;
    }

    public void close(Instant now, String by) {
        perform(Command.CLOSE);
        closedAt = now;
        closedBy = by;
    }

    public Instant rtoDeadline() {
        return rtoSeconds == null ? null : startedAt.plusSeconds(rtoSeconds);
    }

    public Instant metAt(Objective objective) {
        return objective == Objective.RTO ? rtoMetAt : rpoMetAt;
    }

    public boolean isLedBy(String principal) {
        return coordinator != null && coordinator.isCalled(principal);
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public String title() { return title; }
    public MajorIncidentType type() { return type; }
    public MajorIncidentStatus status() { return status; }
    public String impactSummary() { return impactSummary; }
    public List<String> serviceIds() { return serviceIds.stream().sorted().toList(); }
    public List<UUID> incidentIds() { return incidentIds.stream().sorted().toList(); }
    public Instant startedAt() { return startedAt; }
    public Instant declaredAt() { return declaredAt; }
    public Instant updatedAt() { return updatedAt; }

    /** Marks a change at {@code now} (the Journal, with every event it announces). */
    public void touched(Instant now) {
        updatedAt = now;
    }
    public String declaredBy() { return declaredBy; }
    public Person coordinator() { return coordinator; }
    public String coordinatorRole() { return coordinatorRole; }
    public boolean coordinatorGap() { return coordinatorGap; }
    public Bridge bridge() { return bridge; }
    public Eoc eoc() { return eoc; }
    public Duration rto() { return rtoSeconds == null ? null : Duration.ofSeconds(rtoSeconds); }
    public Duration rpo() { return rpoSeconds == null ? null : Duration.ofSeconds(rpoSeconds); }
    public Instant rtoAtRiskAt() { return rtoAtRiskAt; }
    public Instant rtoBreachedAt() { return rtoBreachedAt; }
    public StatusUpdate latestStatus() { return latestStatus; }
    public boolean disaster() { return disaster; }
    public Instant disasterRiskReportedAt() { return disasterRiskReportedAt; }
    public Instant disasterDeclaredAt() { return disasterDeclaredAt; }
    public String disasterDeclaredBy() { return disasterDeclaredBy; }
    public Instant resolvedAt() { return resolvedAt; }
    public String resolvedBy() { return resolvedBy; }
    public String resolutionSummary() { return resolutionSummary; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
}
