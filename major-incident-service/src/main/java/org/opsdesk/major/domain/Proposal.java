package org.opsdesk.major.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A potential major incident reported by anyone (MI-1) or flagged automatically (MI-10). */
@Entity
public class Proposal {

    @Id
    private UUID id;
    private String title;
    @Enumerated(EnumType.STRING)
    private MajorIncidentType type;
    private String impactSummary;
    private String reason;
    @Enumerated(EnumType.STRING)
    private ProposalOrigin origin;
    private UUID originIncidentId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_service", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "service_id")
    private Set<String> serviceIds = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_incident", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "incident_id")
    private Set<UUID> incidentIds = new LinkedHashSet<>();
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "reporter_name")),
            @AttributeOverride(name = "email", column = @Column(name = "reporter_email")),
            @AttributeOverride(name = "phone", column = @Column(name = "reporter_phone")),
            @AttributeOverride(name = "username", column = @Column(name = "reporter_username"))})
    private Person reporter;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private Instant reportedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String decisionReason;
    private UUID majorIncidentId;
    @Version
    private long version;

    protected Proposal() {
    }

    /** @param originIncidentId the incident that raised an automatic proposal (unique), null for a reported one */
    public static Proposal report(MajorIncident.Declaration what, String reason, ProposalOrigin origin, UUID originIncidentId,
                                  Person reporter, Instant now) {
        Proposal proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.title = what.title();
        proposal.type = what.type();
        proposal.impactSummary = what.impactSummary();
        proposal.serviceIds.addAll(what.serviceIds());
        proposal.incidentIds.addAll(what.incidentIds());
        proposal.reason = reason;
        proposal.origin = origin;
        proposal.originIncidentId = originIncidentId;
        proposal.reporter = reporter;
        proposal.status = ProposalStatus.PENDING;
        proposal.reportedAt = now;
        return proposal;
    }

    public MajorIncident.Declaration declaration() {
        return new MajorIncident.Declaration(title, type, serviceIds, impactSummary, incidentIds);
    }

    public void confirm(UUID declaredMajorIncidentId, Instant now, String by) {
        status = status.after(ProposalStatus.Command.CONFIRM);
        majorIncidentId = declaredMajorIncidentId;
        decidedAt = now;
        decidedBy = by;
    }

    public void reject(String why, Instant now, String by) {
        status = status.after(ProposalStatus.Command.REJECT);
        decisionReason = why;
        decidedAt = now;
        decidedBy = by;
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public MajorIncidentType type() { return type; }
    public String impactSummary() { return impactSummary; }
    public String reason() { return reason; }
    public ProposalOrigin origin() { return origin; }
    public UUID originIncidentId() { return originIncidentId; }
    public List<String> serviceIds() { return serviceIds.stream().sorted().toList(); }
    public List<UUID> incidentIds() { return incidentIds.stream().sorted().toList(); }
    public Person reporter() { return reporter; }
    public ProposalStatus status() { return status; }
    public Instant reportedAt() { return reportedAt; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String decisionReason() { return decisionReason; }
    public UUID majorIncidentId() { return majorIncidentId; }
}
