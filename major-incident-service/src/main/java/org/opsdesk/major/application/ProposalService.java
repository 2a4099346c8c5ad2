package org.opsdesk.major.application;

import static org.opsdesk.major.domain.MajorIncidentEvents.PROPOSAL_CONFIRMED;
import static org.opsdesk.major.domain.MajorIncidentEvents.PROPOSAL_CREATED;
import static org.opsdesk.major.domain.MajorIncidentEvents.PROPOSAL_REJECTED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.domain.KnownIncident;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentType;
import org.opsdesk.major.domain.Person;
import org.opsdesk.major.domain.Proposal;
import org.opsdesk.major.domain.ProposalOrigin;
import org.opsdesk.major.domain.ProposalStatus;
import org.opsdesk.major.persistence.ProposalRepository;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** Potential major incidents (MI-1, 002 §V.A.1–3; MI-10): reported by anyone, confirmed or rejected by an authority. */
@ApplicationScoped
public class ProposalService {

    private final ProposalRepository proposals;
    private final DeclarationService declarations;
    private final Journal journal;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, DeclarationService declarations, Journal journal, Clock clock) {
        this.proposals = proposals;
        this.declarations = declarations;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public Proposal report(MajorIncident.Declaration what, String reason, Person reporter) {
        Proposal proposal = Proposal.report(what, reason, ProposalOrigin.REPORTED, null, reporter, clock.instant());
        proposals.persist(proposal);
        journal.announce(proposal, PROPOSAL_CREATED, reason);
        return proposal;
    }

    /** A proposal raised by an incident itself (a severity-1 incident when so configured, or a long outage). */
    @Transactional(Transactional.TxType.MANDATORY)
    Proposal proposeFor(KnownIncident incident, ProposalOrigin origin, String reason) {
        var what = new MajorIncident.Declaration(incident.headline(), MajorIncidentType.OPERATIONAL,
                incident.serviceIds(), reason, List.of(incident.incidentId()));
        Proposal proposal = Proposal.report(what, reason, origin, incident.incidentId(),
                new Person("automatic", null, null, null), clock.instant());
        proposals.persist(proposal);
        journal.announce(proposal, PROPOSAL_CREATED, reason);
        return proposal;
    }

    /**
     * 004 §3.6: {@code incidents} on {@code serviceId} in a short time are a potential major incident, proposed once while
     * the proposal waits for an authority.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void proposeWidespread(String serviceId, List<KnownIncident> incidents, String reason) {
        if (proposals.pendingFor(ProposalOrigin.WIDESPREAD_IMPACT, serviceId)) {
            return;
        }
        var what = new MajorIncident.Declaration("Widespread impact on " + serviceId + ": " + incidents.size() + " incidents",
                MajorIncidentType.OPERATIONAL, List.of(serviceId), reason, incidents.stream().map(KnownIncident::incidentId).toList());
        Proposal proposal = Proposal.report(what, reason, ProposalOrigin.WIDESPREAD_IMPACT, null,
                new Person("automatic", null, null, null), clock.instant());
        proposals.persist(proposal);
        journal.announce(proposal, PROPOSAL_CREATED, reason);
    }

    /** An authority confirms: the proposal becomes a declared major incident, optionally retitled or retyped. */
    @Transactional
    public Proposal confirm(UUID id, String title, MajorIncidentType type, Caller caller) {
        Proposal proposal = get(id);
        var reported = proposal.declaration();
        var declaration = new MajorIncident.Declaration(title != null ? title : reported.title(),
                type != null ? type : reported.type(), reported.serviceIds(), reported.impactSummary(), reported.incidentIds());
        declarations.check(caller, declaration.type(), "confirm");
        proposal.status().require(ProposalStatus.Command.CONFIRM);
        MajorIncident mi = declarations.open(declaration, caller.name());
        proposal.confirm(mi.id(), clock.instant(), caller.name());
        journal.note(mi, "proposal-confirmed", caller.name(), "confirmed the potential major incident reported by "
                + proposal.reporter().name() + " at " + proposal.reportedAt() + ": " + proposal.reason());
        journal.announce(proposal, PROPOSAL_CONFIRMED, "confirmed as major incident " + mi.number());
        return proposal;
    }

    /** An authority rejects: a routine matter, and the reporter is told why (002 §V.A.3). */
    @Transactional
    public Proposal reject(UUID id, String reason, Caller caller) {
        Proposal proposal = get(id);
        declarations.check(caller, proposal.type(), "reject");
        proposal.reject(reason, clock.instant(), caller.name());
        journal.announce(proposal, PROPOSAL_REJECTED, reason);
        return proposal;
    }

    public Proposal get(UUID id) {
        return proposals.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("proposal", id));
    }

    public Page<Proposal> list(ProposalStatus status, UUID incidentId, PageRequest page) {
        return proposals.list(status, incidentId, page);
    }

    boolean existsFor(UUID incidentId) {
        return proposals.existsForIncident(incidentId);
    }
}
