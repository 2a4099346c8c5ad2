package org.opsdesk.incident.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.Generated;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.opsdesk.platform.errors.ConflictException;

/** An incident: its lifecycle (see {@link IncidentStatus}), SLA clock, resolution and links to major incidents. */
@Entity
public class Incident {

    @Id
    private UUID id;
    /** Drawn by the database as the row is inserted (V27_2), and read back by the insert itself. */
    @Generated
    private String number;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String summary;
    private String description;
    private int severity;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private String category;
    private String[] serviceIds;
    private boolean significantService;
    private String customerOrg;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "reporter_name")),
            @AttributeOverride(name = "email", column = @Column(name = "reporter_email")),
            @AttributeOverride(name = "phone", column = @Column(name = "reporter_phone"))})
    private Contact reporter;
    private Instant receivedAt;
    private Instant loggedAt;
    private String loggedBy;
    private String assignedTeam;
    private String assignee;
    private int managementLevel;
    @Embedded
    private SlaClock sla;
    @Enumerated(EnumType.STRING)
    private ResolutionType resolutionType;
    private String resolution;
    private Instant resolvedAt;
    private String resolvedBy;
    @Enumerated(EnumType.STRING)
    private ContactMethod confirmationMethod;
    @Enumerated(EnumType.STRING)
    private UnconfirmedReason unconfirmedReason;
    private Instant disputeDeadline;
    private Instant autoCloseAt;
    private String referredTo;
    private Instant closedAt;
    private String closedBy;
    private String closeReason;
    private int reopenCount;
    private UUID majorIncidentId;
    private UUID followUpOf;
    private boolean openedByAlert;
    private String alertGroup;
    private Integer requestedSeverity;
    private boolean personActed;
    /** When the incident last changed as the API and the events show it: the change feed's order (updatedSince). */
    private Instant updatedAt;
    @Version
    private long version;
    @Transient
    private final List<FieldChange> changes = new ArrayList<>();

    protected Incident() {
    }

    public static Incident log(IncidentDraft draft, Priority priority, boolean significantService,
                               SlaClock sla, String serviceDeskTeam, Instant now, String by) {
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.status = IncidentStatus.NEW;
        incident.source = draft.source();
        incident.summary = draft.summary();
        incident.description = draft.description();
        incident.severity = draft.severity();
        incident.urgency = draft.urgency();
        incident.priority = priority;
        incident.category = draft.category();
        incident.serviceIds = draft.serviceIds().toArray(String[]::new);
        incident.significantService = significantService;
        incident.customerOrg = draft.customerOrg();
        incident.reporter = draft.reporter();
        incident.receivedAt = draft.receivedAt();
        incident.updatedAt = now;
        incident.loggedAt = now;
        incident.loggedBy = by;
        incident.assignedTeam = serviceDeskTeam;
        incident.sla = sla;
        incident.followUpOf = draft.followUpOf();
        incident.openedByAlert = draft.openedByAlert();
        incident.alertGroup = draft.alertGroup();
        // 004 §3.3: a severity asked for through self-service is the desk's to confirm; until then it is only requested.
        incident.requestedSeverity = draft.source() == Source.SELF_SERVICE ? draft.severity() : null;
        return incident;
    }

    // ---- triage -------------------------------------------------------------------------------------

    /**
     * Applies the non-null fields of {@code edit}; {@code newPriority} and {@code terms} (the SLA of the resulting
     * organisation, severity and priority) follow from the result, and the clock takes the new targets when either changed.
     */
    public void update(IncidentEdit edit, Priority newPriority, boolean significant, SlaTerms terms, SlaSettings settings) {
        status.require(Command.UPDATE);
        boolean termsMayChange = edit.customerOrg() != null && !edit.customerOrg().equals(customerOrg)
                || edit.severity() != null && edit.severity() != severity;
        if (edit.summary() != null) summary = record("summary", summary, edit.summary());
        if (edit.description() != null) description = record("description", description, edit.description());
        if (edit.severity() != null) severity = record("severity", severity, edit.severity());
        if (edit.urgency() != null) urgency = record("urgency", urgency, edit.urgency());
        if (edit.category() != null) category = record("category", category, edit.category());
        if (edit.customerOrg() != null) customerOrg = record("customerOrg", customerOrg, edit.customerOrg());
        if (edit.reporter() != null) reporter = record("reporter", reporter, edit.reporter());
        if (edit.serviceIds() != null) {
            String[] ids = edit.serviceIds().toArray(String[]::new);
            if (!Arrays.equals(ids, serviceIds)) {
                changes.add(new FieldChange("serviceIds", String.join(",", serviceIds), String.join(",", ids)));
                serviceIds = ids;
            }
        }
        significantService = record("significantService", significantService, significant);
        if (newPriority != priority || termsMayChange) {
            priority = record("priority", priority, newPriority);
            sla.retarget(terms, settings);
        }
    }

    /** The desk set the severity (004 §3.3): a customer's requested severity is confirmed or replaced. */
    public void confirmSeverity() {
        requestedSeverity = record("requestedSeverity", requestedSeverity, null);
    }

    // ---- routing: assignment, acknowledgement, escalation (IN-7, IN-8) -------------------------------

    public void assign(String team, String person, Instant now) {
        status.require(Command.ASSIGN);
        assignedTeam = record("assignedTeam", assignedTeam, team);
        assignee = record("assignee", assignee, person);
        moveTo(IncidentStatus.ASSIGNED);
        sla.respond(now);
    }

    public void acknowledge(String member, Instant now) {
        status.require(Command.ACKNOWLEDGE);
        assignee = record("assignee", assignee, member);
        moveTo(IncidentStatus.IN_PROGRESS);
        sla.respond(now);
    }

    public void returnToServiceDesk(String serviceDeskTeam) {
        status.require(Command.RETURN_TO_SERVICE_DESK);
        assignedTeam = record("assignedTeam", assignedTeam, serviceDeskTeam);
        assignee = record("assignee", assignee, null);
        moveTo(IncidentStatus.NEW);
    }

    /** To the next tier: the new team's queue must acknowledge it again. */
    public void escalateFunctionally(String nextTeam, Instant now) {
        status.require(Command.ESCALATE);
        assignedTeam = record("assignedTeam", assignedTeam, nextTeam);
        assignee = record("assignee", assignee, null);
        moveTo(IncidentStatus.ASSIGNED);
        sla.respond(now);
    }

    /** To the next level of management; the incident stays where it is. @return the new management level */
    public int escalateHierarchically() {
        status.require(Command.ESCALATE);
        managementLevel = record("managementLevel", managementLevel, managementLevel + 1);
        return managementLevel;
    }

    // ---- waiting for the customer -------------------------------------------------------------------

    public void hold(Instant now) {
        status.require(Command.HOLD);
        moveTo(IncidentStatus.ON_HOLD);
        sla.pause(now);
    }

    public void resume(Instant now, SlaSettings settings) {
        status.require(Command.RESUME);
        moveTo(assignee != null ? IncidentStatus.IN_PROGRESS : IncidentStatus.ASSIGNED);
        sla.resume(now, settings);
    }

    // ---- resolution (IN-3, IN-11, IN-13) -------------------------------------------------------------

    public void refer(String helpDeskId, Instant now, String by, Deadlines deadlines) {
        status.require(Command.REFER);
        referredTo = record("referredTo", referredTo, helpDeskId);
        finish(IncidentStatus.REFERRED, null, "referred to " + helpDeskId, now, by, deadlines);
    }

    /** Resolved once the customer confirmed, or saying why they did not (001 §5.8). */
    public void resolve(ResolutionType type, String text, CustomerVerification verification, Instant now, String by,
                        Deadlines deadlines) {
        status.require(Command.RESOLVE);
        confirmationMethod = record("confirmationMethod", confirmationMethod, verification.confirmationMethod());
        unconfirmedReason = record("unconfirmedReason", unconfirmedReason, verification.unconfirmedReason());
        finish(IncidentStatus.RESOLVED, type, text, now, by, deadlines);
    }

    private void finish(IncidentStatus next, ResolutionType type, String text, Instant now, String by, Deadlines deadlines) {
        resolutionType = record("resolutionType", resolutionType, type);
        resolution = record("resolution", resolution, text);
        resolvedAt = record("resolvedAt", resolvedAt, now);
        resolvedBy = record("resolvedBy", resolvedBy, by);
        disputeDeadline = record("disputeDeadline", disputeDeadline, deadlines.disputeDeadline());
        autoCloseAt = record("autoCloseAt", autoCloseAt, deadlines.autoCloseAt());
        moveTo(next);
        sla.respond(now);
        sla.pause(now);
    }

    public void confirm(Instant now, String by) {
        status.require(Command.CONFIRM);
        closeAs("CUSTOMER_CONFIRMED", now, by);
    }

    /** The customer disputes the resolution within the window: the case is worked again (IN-13). */
    public void dispute(Instant now, SlaSettings settings, String serviceDeskTeam) {
        status.require(Command.DISPUTE);
        if (now.isAfter(disputeDeadline)) {
            throw new ConflictException("the dispute window of " + number + " closed at " + disputeDeadline
                    + "; log a new incident with followUpOf " + id);
        }
        reopenCount = record("reopenCount", reopenCount, reopenCount + 1);
        resolutionType = record("resolutionType", resolutionType, null);
        resolution = record("resolution", resolution, null);
        resolvedAt = record("resolvedAt", resolvedAt, null);
        resolvedBy = record("resolvedBy", resolvedBy, null);
        confirmationMethod = record("confirmationMethod", confirmationMethod, null);
        unconfirmedReason = record("unconfirmedReason", unconfirmedReason, null);
        disputeDeadline = record("disputeDeadline", disputeDeadline, null);
        autoCloseAt = record("autoCloseAt", autoCloseAt, null);
        referredTo = record("referredTo", referredTo, null);
        boolean withTheDesk = assignedTeam == null || assignedTeam.equals(serviceDeskTeam);
        moveTo(assignee != null ? IncidentStatus.IN_PROGRESS : withTheDesk ? IncidentStatus.NEW : IncidentStatus.ASSIGNED);
        sla.resume(now, settings);
    }

    /**
     * Closing without the customer's confirmation: a referral at once; otherwise only when the customer could
     * not be reached, proven by {@code unmetContactConditions} being empty (IN-15).
     */
    public void close(Instant now, String by, List<String> unmetContactConditions) {
        status.require(Command.CLOSE);
        if (status != IncidentStatus.REFERRED && !unmetContactConditions.isEmpty()) {
            throw new ConflictException("the customer of " + number + " has not been tried enough to close the case "
                    + "as unreachable: " + String.join("; ", unmetContactConditions));
        }
        closeAs(status == IncidentStatus.REFERRED ? "REFERRAL_CLOSED" : "CUSTOMER_UNREACHABLE", now, by);
    }

    /** @return true when the dispute window has passed and the case was closed */
    public boolean autoClose(Instant now, String by) {
        if ((status != IncidentStatus.RESOLVED && status != IncidentStatus.REFERRED) || now.isBefore(autoCloseAt)) {
            return false;
        }
        closeAs("AUTO_CLOSED", now, by);
        return true;
    }

    private void closeAs(String reason, Instant now, String by) {
        closedAt = record("closedAt", closedAt, now);
        closedBy = record("closedBy", closedBy, by);
        closeReason = record("closeReason", closeReason, reason);
        moveTo(IncidentStatus.CLOSED);
    }

    // ---- SLA (IN-9) ---------------------------------------------------------------------------------

    public void slaWarned(SlaTarget target) {
        sla.markWarned(target);
        changes.add(new FieldChange(target == SlaTarget.RESPONSE ? "responseWarned" : "resolutionWarned", "false", "true"));
    }

    public void slaBreached(SlaTarget target) {
        sla.markBreached(target);
        changes.add(new FieldChange(target == SlaTarget.RESPONSE ? "responseBreached" : "resolutionBreached", "false", "true"));
    }

    // ---- links and guards ---------------------------------------------------------------------------

    /** @return false when the incident was already linked to this major incident */
    public boolean linkToMajorIncident(UUID majorIncident) {
        if (majorIncident.equals(majorIncidentId)) {
            return false;
        }
        majorIncidentId = record("majorIncidentId", majorIncidentId, majorIncident);
        return true;
    }

    /** Work that is not a state change (a note, a contact attempt, a link) needs a case that is not closed. */
    public void requireAllows(Command command) {
        status.require(command);
    }

    public void actedOnByPerson() {
        personActed = true;
    }

    public boolean visibleTo(String org) {
        return org != null && org.equals(customerOrg);
    }

    /** The changes recorded since the last {@link #drainChanges()}. */
    public List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    /** The changes recorded since the last call, for the history. */
    public List<FieldChange> drainChanges() {
        List<FieldChange> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    private void moveTo(IncidentStatus next) {
        status = record("status", status, next);
    }

    private <T> T record(String field, T from, T to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from == null ? null : String.valueOf(from), to == null ? null : String.valueOf(to)));
        }
        return to;
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public IncidentStatus status() { return status; }
    public Source source() { return source; }
    public String summary() { return summary; }
    public String description() { return description; }
    public int severity() { return severity; }
    public Urgency urgency() { return urgency; }
    public Priority priority() { return priority; }
    public String category() { return category; }
    public List<String> serviceIds() { return List.of(serviceIds); }
    public boolean significantService() { return significantService; }
    public String customerOrg() { return customerOrg; }
    public Contact reporter() { return reporter; }
    public Instant receivedAt() { return receivedAt; }
    public Instant loggedAt() { return loggedAt; }
    public String loggedBy() { return loggedBy; }
    public String assignedTeam() { return assignedTeam; }
    public String assignee() { return assignee; }
    public int managementLevel() { return managementLevel; }
    public SlaClock sla() { return sla; }
    public ResolutionType resolutionType() { return resolutionType; }
    public String resolution() { return resolution; }
    public Instant resolvedAt() { return resolvedAt; }
    public String resolvedBy() { return resolvedBy; }
    public ContactMethod confirmationMethod() { return confirmationMethod; }
    public UnconfirmedReason unconfirmedReason() { return unconfirmedReason; }
    public Instant disputeDeadline() { return disputeDeadline; }
    public Instant autoCloseAt() { return autoCloseAt; }
    public String referredTo() { return referredTo; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public String closeReason() { return closeReason; }
    public int reopenCount() { return reopenCount; }
    public UUID majorIncidentId() { return majorIncidentId; }
    public UUID followUpOf() { return followUpOf; }
    public boolean openedByAlert() { return openedByAlert; }
    /** The alert group (Alertmanager's groupKey, PagerDuty's group) of the alert that opened it; null otherwise. */
    public String alertGroup() { return alertGroup; }
    /** A customer's self-service severity not yet confirmed by the desk; null once confirmed or when none was asked for. */
    public Integer requestedSeverity() { return requestedSeverity; }
    public boolean personActed() { return personActed; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }

    /** Marks a change at {@code now} (the Journal, with every event). */
    public void touched(Instant now) {
        updatedAt = now;
    }
}
