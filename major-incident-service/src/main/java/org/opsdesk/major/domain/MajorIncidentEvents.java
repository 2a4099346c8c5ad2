package org.opsdesk.major.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data of the events on major-incident.events.v1 (docs/events/README.md): every major-incident event carries the
 * {@link Snapshot}, merged flat with the fields of its {@link Event}, whose record names its type; proposal events
 * carry a {@link ProposalSnapshot}, duty-shift events a {@link DutyShift}.
 */
public final class MajorIncidentEvents {

    public static final String DECLARED = "major-incident.declared";
    public static final String COORDINATOR_ASSIGNED = "major-incident.coordinator-assigned";
    public static final String COORDINATOR_GAP = "major-incident.coordinator-gap";
    public static final String INCIDENT_LINKED = "major-incident.incident-linked";
    public static final String SCOPE_CHANGED = "major-incident.scope-changed";
    public static final String MEMBER_ADDED = "major-incident.member-added";
    public static final String MEMBER_REMOVED = "major-incident.member-removed";
    public static final String TYPE_CHANGED = "major-incident.type-changed";
    public static final String BRIDGE_OPENED = "major-incident.bridge-opened";
    public static final String EOC_ACTIVATED = "major-incident.eoc-activated";
    public static final String STATUS_UPDATE_PUBLISHED = "major-incident.status-update-published";
    public static final String RECOVERY_OBJECTIVES_SET = "major-incident.recovery-objectives-set";
    public static final String OBJECTIVE_MET = "major-incident.objective-met";
    public static final String RTO_AT_RISK = "major-incident.rto-at-risk";
    public static final String RTO_BREACHED = "major-incident.rto-breached";
    public static final String CHANGE_LINKED = "major-incident.change-linked";
    public static final String TICKET_LINKED = "major-incident.ticket-linked";
    public static final String DISASTER_RISK_REPORTED = "major-incident.disaster-risk-reported";
    public static final String DISASTER_DECLARED = "major-incident.disaster-declared";
    public static final String RESOLVED = "major-incident.resolved";
    public static final String REOPENED = "major-incident.reopened";
    public static final String CLOSED = "major-incident.closed";
    public static final String PROPOSAL_CREATED = "major-incident.proposal-created";
    public static final String PROPOSAL_CONFIRMED = "major-incident.proposal-confirmed";
    public static final String PROPOSAL_REJECTED = "major-incident.proposal-rejected";
    public static final String DUTY_SHIFT_SAVED = "major-incident.duty-shift-saved";
    public static final String DUTY_SHIFT_REMOVED = "major-incident.duty-shift-removed";

    /** Every type this service produces; each has a schema and an example in docs/events. */
    public static final List<String> TYPES = List.of(DECLARED, COORDINATOR_ASSIGNED, COORDINATOR_GAP, INCIDENT_LINKED,
            SCOPE_CHANGED, MEMBER_ADDED, MEMBER_REMOVED, TYPE_CHANGED, BRIDGE_OPENED, EOC_ACTIVATED, STATUS_UPDATE_PUBLISHED, RECOVERY_OBJECTIVES_SET,
            OBJECTIVE_MET, RTO_AT_RISK, RTO_BREACHED, CHANGE_LINKED, TICKET_LINKED, DISASTER_RISK_REPORTED,
            DISASTER_DECLARED, RESOLVED, REOPENED, CLOSED, PROPOSAL_CREATED, PROPOSAL_CONFIRMED, PROPOSAL_REJECTED,
            DUTY_SHIFT_SAVED, DUTY_SHIFT_REMOVED);

    private MajorIncidentEvents() {
    }

    /** The fields one type adds to the snapshot; the record decides the type, so the two cannot disagree. */
    public sealed interface Event {
        String type();
    }

    public record Contact(String name, String email, String phone) {
        public static Contact of(Person person) {
            return person == null ? null : new Contact(person.name(), person.email(), person.phone());
        }
    }

    public record Coordinator(String name, String email, String phone, String role) {
        public static Coordinator of(MajorIncident mi) {
            Person p = mi.coordinator();
            return p == null ? null : new Coordinator(p.name(), p.email(), p.phone(), mi.coordinatorRole());
        }
    }

    public record BridgeDetails(String dialIn, String accessCode, String url, Instant openedAt) {
        public static BridgeDetails of(MajorIncident mi) {
            Bridge b = mi.bridge();
            return b == null ? null : new BridgeDetails(b.dialIn(), b.accessCode(), b.url(), b.openedAt());
        }
    }

    public record EocDetails(String location, Instant activatedAt) {
        public static EocDetails of(MajorIncident mi) {
            return mi.eoc() == null ? null : new EocDetails(mi.eoc().location(), mi.eoc().activatedAt());
        }
    }

    public record LatestStatus(String nature, String impact, String remediationMetric, String remediationSteps,
                               Instant estimatedRemediationAt, Instant nextUpdateAt, Instant publishedAt) {
        public static LatestStatus of(MajorIncident mi) {
            StatusUpdate s = mi.latestStatus();
            return s == null ? null : new LatestStatus(s.nature(), s.impact(), s.remediationMetric(), s.remediationSteps(),
                    s.estimatedRemediationAt(), s.nextUpdateAt(), s.publishedAt());
        }
    }

    public record RecoveryObjectives(Duration rto, Duration rpo, Instant rtoDeadline, Instant rtoMetAt, Instant rpoMetAt,
                                     Instant rtoAtRiskAt, Instant rtoBreachedAt) {
        public static RecoveryObjectives of(MajorIncident mi) {
            return mi.rto() == null ? null : new RecoveryObjectives(mi.rto(), mi.rpo(), mi.rtoDeadline(),
                    mi.metAt(Objective.RTO), mi.metAt(Objective.RPO), mi.rtoAtRiskAt(), mi.rtoBreachedAt());
        }
    }

    /** What every major-incident.* event carries, so consumers never call back. */
    public record Snapshot(UUID majorIncidentId, String number, String title, String type, String status,
                           List<String> serviceIds, List<UUID> incidentIds, List<String> customerOrgs, String impactSummary,
                           Coordinator coordinator, boolean coordinatorGap, Instant startedAt, Instant declaredAt,
                           String declaredBy, boolean disaster, BridgeDetails bridge, EocDetails eoc,
                           RecoveryObjectives recoveryObjectives, LatestStatus latestStatus, Contact dutyManager,
                           Instant resolvedAt) {
    }

    public record Declared() implements Event {
        public String type() { return DECLARED; }
    }

    public record CoordinatorAssigned(String reason) implements Event {
        public String type() { return COORDINATOR_ASSIGNED; }
    }

    public record CoordinatorGap(String reason) implements Event {
        public String type() { return COORDINATOR_GAP; }
    }

    public record ScopeChanged() implements Event {
        public String type() { return SCOPE_CHANGED; }
    }

    public record Reopened(String reason) implements Event {
        public String type() { return REOPENED; }
    }

    public record IncidentLinked(UUID incidentId, String incidentNumber) implements Event {
        public String type() { return INCIDENT_LINKED; }
    }

    public record Member(String name, String email, String phone, String team, String role) {
        public static Member of(TeamMember member) {
            Person p = member.person();
            return new Member(p.name(), p.email(), p.phone(), member.team(), member.role().name());
        }
    }

    public record MemberAdded(Member member) implements Event {
        public String type() { return MEMBER_ADDED; }
    }

    public record MemberRemoved(Member member, String reason, String removedBy) implements Event {
        public String type() { return MEMBER_REMOVED; }
    }

    public record TypeChanged(String previousType, String reason, String changedBy) implements Event {
        public String type() { return TYPE_CHANGED; }
    }

    public record EocActivated(String by) implements Event {
        public String type() { return EOC_ACTIVATED; }
    }

    public record RecoveryObjectivesSet(String by) implements Event {
        public String type() { return RECOVERY_OBJECTIVES_SET; }
    }

    /** The team as it is when the bridge opens: each member is told the dial-in (MI-4). */
    public record BridgeOpened(String by, List<Member> members) implements Event {
        public String type() { return BRIDGE_OPENED; }
    }

    public record StatusUpdatePublished(StatusUpdateDetails statusUpdate) implements Event {
        public String type() { return STATUS_UPDATE_PUBLISHED; }
    }

    public record StatusUpdateDetails(String nature, String impact, String remediationMetric, String remediationSteps,
                                      Instant estimatedRemediationAt, Instant nextUpdateAt, Instant publishedAt,
                                      String publishedBy) {
    }

    public record ObjectiveMet(String objective, Instant metAt, String metBy) implements Event {
        public String type() { return OBJECTIVE_MET; }
    }

    public record RtoAtRisk(Instant rtoDeadline, Instant estimatedRemediationAt) implements Event {
        public String type() { return RTO_AT_RISK; }
    }

    public record RtoBreached(Instant rtoDeadline) implements Event {
        public String type() { return RTO_BREACHED; }
    }

    public record ChangeDetails(String externalId, String summary, String type, Instant implementedAt, String link,
                                List<String> serviceIds) {
    }

    public record ChangeLinked(ChangeDetails change) implements Event {
        public String type() { return CHANGE_LINKED; }
    }

    public record TicketDetails(String kind, String reference, String summary, String link) {
    }

    public record TicketLinked(TicketDetails ticket) implements Event {
        public String type() { return TICKET_LINKED; }
    }

    public record DisasterRiskReported(String reportedBy, String assessment, Contact cio) implements Event {
        public String type() { return DISASTER_RISK_REPORTED; }
    }

    /** In this event {@code declaredBy} names who declared the disaster (README); the snapshot's is overridden. */
    public record DisasterDeclared(String declaredBy, Instant disasterDeclaredAt, String reason) implements Event {
        public String type() { return DISASTER_DECLARED; }
    }

    public record TeamEntry(String name, String team, String role) {
    }

    public record Resolved(String resolutionSummary, String resolvedBy, List<TeamEntry> team, Integer maxSeverity) implements Event {
        public String type() { return RESOLVED; }
    }

    public record Closed(Instant closedAt, String closedBy) implements Event {
        public String type() { return CLOSED; }
    }

    /** What every major-incident.proposal-* event carries (subject = proposalId). */
    public record ProposalSnapshot(UUID proposalId, String status, String origin, String title, String type,
                                   List<String> serviceIds, List<UUID> incidentIds, String impactSummary,
                                   Contact reporter, String reason, String reportedReason, Instant reportedAt,
                                   Instant decidedAt, String decidedBy, UUID majorIncidentId, Contact dutyManager) {
    }

    /**
     * What the duty-shift events carry (subject = shiftId): a roster shift as saved or as it was when removed, so that
     * the status page names whoever is duty manager now (002 §V.B.5), not whoever the last major-incident event named,
     * and the people on duty in a role are told what waits for that role (a proposal, a coordinator gap): by login
     * ({@code username}, the key of notification-service's person directory) where the roster has it.
     */
    public record DutyShift(UUID shiftId, String dutyRole, boolean dutyManager, String name, String username, String phone,
                            Instant startsAt, Instant endsAt) {
        public static DutyShift of(RosterEntry entry, String dutyManagerRole) {
            return new DutyShift(entry.id(), entry.dutyRole(), entry.dutyRole().equals(dutyManagerRole), entry.person().name(),
                    entry.person().username(), entry.person().phone(), entry.startsAt(), entry.endsAt());
        }
    }
}
