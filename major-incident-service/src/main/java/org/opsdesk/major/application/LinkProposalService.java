package org.opsdesk.major.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.opsdesk.major.domain.KnownIncident;
import org.opsdesk.major.domain.LinkProposal;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.persistence.LinkProposalRepository;
import org.opsdesk.major.persistence.MajorIncidentRepository;
import org.opsdesk.platform.errors.AccessDeniedException;
import org.opsdesk.platform.errors.ResourceNotFoundException;

/**
 * Incidents proposed for linking to an open major incident: only what the rule is sure of is linked automatically
 * (IncidentTriage); the rest waits here until the coordinator confirms (linked) or dismisses it.
 */
@ApplicationScoped
public class LinkProposalService {

    private final LinkProposalRepository proposals;
    private final MajorIncidentRepository majorIncidents;
    private final MajorIncidentService lifecycle;
    private final Journal journal;
    private final Clock clock;

    LinkProposalService(LinkProposalRepository proposals, MajorIncidentRepository majorIncidents,
                        MajorIncidentService lifecycle, Journal journal, Clock clock) {
        this.proposals = proposals;
        this.majorIncidents = majorIncidents;
        this.lifecycle = lifecycle;
        this.journal = journal;
        this.clock = clock;
    }

    /** Proposes {@code incident} once per major incident; a second proposal of the same pair changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    void propose(MajorIncident mi, KnownIncident incident, String reason) {
        if (proposals.find(mi.id(), incident.incidentId()).isEmpty()) {
            proposals.persist(LinkProposal.propose(mi.id(), incident.incidentId(), reason, clock.instant()));
            journal.note(mi, "link-proposed", IncidentHandler.ACTOR, "incident " + incident.number() + " proposed for linking: " + reason);
        }
    }

    public List<LinkProposal> list(UUID id) {
        majorIncidents.require(id);
        return proposals.ofMajorIncident(id);
    }

    /** The coordinator links the proposed incident (409 when it joined another major incident meanwhile). */
    @Transactional
    public LinkProposal confirm(UUID id, UUID incidentId, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        LinkProposal proposal = decide(mi, incidentId, true, caller);
        lifecycle.linkIncident(id, incidentId, caller.name());
        return proposal;
    }

    @Transactional
    public LinkProposal dismiss(UUID id, UUID incidentId, String reason, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        LinkProposal proposal = decide(mi, incidentId, false, caller);
        journal.note(mi, "link-dismissed", caller.name(), "incident " + incidentId + " not linked"
                + (reason == null ? "" : ": " + reason));
        return proposal;
    }

    private LinkProposal decide(MajorIncident mi, UUID incidentId, boolean confirmed, Caller caller) {
        if (!caller.is(mi::isLedBy)) {
            throw new AccessDeniedException("proposed links of " + mi.number() + " are confirmed or dismissed by its coordinator"
                    + (mi.coordinator() != null ? " (" + mi.coordinator().name() + ")" : ""));
        }
        LinkProposal proposal = proposals.find(mi.id(), incidentId)
                .orElseThrow(() -> new ResourceNotFoundException("link proposal", incidentId));
        proposal.decide(confirmed, clock.instant(), caller.name());
        return proposal;
    }
}
