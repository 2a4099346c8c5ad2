package org.opsdesk.major.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.major.config.MajorIncidentConfig;
import org.opsdesk.major.domain.CatalogEntry;
import org.opsdesk.major.domain.IncidentTriage;
import org.opsdesk.major.domain.KnownIncident;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentType;
import org.opsdesk.major.domain.ProposalOrigin;
import org.opsdesk.major.persistence.CatalogRepository;
import org.opsdesk.major.persistence.KnownIncidentRepository;
import org.opsdesk.major.persistence.MajorIncidentRepository;

/**
 * What incident events do here (IN-16, MI-1): learn the incident, then link it to the open major incident on its
 * services, or declare (or propose) a major incident for a severity-1 incident, exactly once per incident; and keep
 * this service's copy of the service catalog (MI-3: who owns an affected service).
 */
@ApplicationScoped
public class IncidentHandler {

    static final String ACTOR = "incident-service";

    /** The events whose snapshot can make an incident major: it appears, changes severity or comes back. */
    private static final Set<String> TRIGGERS = Set.of("incident.created", "incident.updated", "incident.reopened");
    private static final Set<String> NOTED = Set.of("incident.resolved", "incident.referred", "incident.reopened", "incident.closed");

    private final KnownIncidentRepository incidents;
    private final CatalogRepository catalog;
    private final MajorIncidentRepository majorIncidents;
    private final DeclarationService declarations;
    private final MajorIncidentService lifecycle;
    private final ProposalService proposals;
    private final LinkProposalService linkProposals;
    private final Journal journal;
    private final MajorIncidentConfig config;
    private final Clock clock;

    IncidentHandler(KnownIncidentRepository incidents, CatalogRepository catalog, MajorIncidentRepository majorIncidents,
                    DeclarationService declarations, MajorIncidentService lifecycle, ProposalService proposals,
                    LinkProposalService linkProposals, Journal journal, MajorIncidentConfig config, Clock clock) {
        this.linkProposals = linkProposals;
        this.incidents = incidents;
        this.catalog = catalog;
        this.majorIncidents = majorIncidents;
        this.declarations = declarations;
        this.lifecycle = lifecycle;
        this.proposals = proposals;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
    }

    /** incident.service-changed: a service of the catalog as it now is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serviceChanged(CatalogEntry.Facts facts) {
        catalog.findByIdOptional(facts.serviceId()).ifPresentOrElse(entry -> entry.update(facts, clock.instant()),
                () -> catalog.persist(CatalogEntry.of(facts, clock.instant())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onIncidentEvent(String type, KnownIncident.Snapshot snapshot) {
        KnownIncident incident = learn(type, snapshot);
        Optional<UUID> holder = majorIncidents.holderOf(incident.incidentId());
        if (holder.isPresent() && NOTED.contains(type)) {
            journal.note(majorIncidents.require(holder.get()), type.substring("incident.".length()), ACTOR,
                    "incident " + incident.number() + " " + incident.status());
        }
        if (!TRIGGERS.contains(type)) {
            return;
        }
        Optional<MajorIncident> sameGroup = majorIncidents.openHoldingAlertGroup(incident.alertGroup());
        Optional<MajorIncident> covering = majorIncidents.openCovering(incident.serviceIds());
        var facts = new IncidentTriage.Facts(incident.open(), incident.severity(), holder.isPresent(), covering.isPresent(),
                sameGroup.isPresent(), proposals.existsFor(incident.incidentId()), incident.customerRequested(),
                incident.onInsignificantServicesOnly());
        switch (IncidentTriage.decide(facts, rules())) {
            case LINK_TO_OPEN_MAJOR_INCIDENT -> lifecycle.linkChild(sameGroup.get(), incident.incidentId(), ACTOR);
            case PROPOSE_LINK -> linkProposals.propose(covering.get(), incident, "severity-" + incident.severity()
                    + " incident on an affected service: " + incident.summary());
            case DECLARE -> declarations.open(declarationFor(incident),
                    "automatic: severity-" + incident.severity() + " incident " + incident.number());
            case PROPOSE -> proposals.proposeFor(incident, ProposalOrigin.SEVERITY_1, "severity-" + incident.severity()
                    + (incident.customerRequested() ? " requested by the customer, not yet confirmed by the desk,"
                    : incident.onInsignificantServicesOnly() ? " on a service that is not significant," : "")
                    + " incident " + incident.number() + ": " + incident.summary());
            case NOTHING -> { }
        }
        if (type.equals("incident.created") && incident.open() && holder.isEmpty() && sameGroup.isEmpty() && covering.isEmpty()) {
            proposeIfWidespread(incident);
        }
    }

    /** 004 §3.6: N incidents on one service within M minutes (opsdesk.major.widespread.*) become one proposal. */
    private void proposeIfWidespread(KnownIncident incident) {
        var rule = config.widespread();
        for (String service : incident.serviceIds()) {
            List<KnownIncident> recent = incidents.openUnlinkedOnServiceSince(service, incident.createdAt().minus(rule.window()));
            if (recent.size() >= rule.incidents()) {
                proposals.proposeWidespread(service, recent, recent.size() + " open incidents on " + service + " within "
                        + rule.window().toMinutes() + " min: " + recent.stream().map(KnownIncident::number).toList());
            }
        }
    }

    /**
     * MI-10: incidents down too long on a significant service become proposals, or are proposed to the coordinator of
     * the open major incident on their service. The proposal says from which start the outage was timed.
     */
    @Transactional
    public int longOutagesDue(Instant now) {
        var threshold = config.longOutage().threshold();
        int maxSeverity = config.longOutage().maxSeverity();
        int flagged = 0;
        for (KnownIncident incident : incidents.lockLongOutageCandidates(now.minus(threshold), maxSeverity)) {
            if (!incident.isLongOutage(now, threshold, maxSeverity)) {
                continue;
            }
            Optional<MajorIncident> covering = majorIncidents.openCovering(incident.serviceIds());
            String reason = "incident " + incident.number() + " down " + incident.outageSince() + " (" + threshold.toMinutes()
                    + " min or more) on a significant service at severity " + incident.severity() + ": " + incident.summary();
            if (covering.isPresent()) {
                linkProposals.propose(covering.get(), incident, reason);
            } else {
                proposals.proposeFor(incident, ProposalOrigin.LONG_OUTAGE, reason);
            }
            flagged++;
        }
        return flagged;
    }

    private IncidentTriage.Rules rules() {
        var d = config.declaration();
        return new IncidentTriage.Rules(d.automatic(), d.customerRequested(), d.notSignificant(), d.automaticMaxSeverity());
    }

    private KnownIncident learn(String type, KnownIncident.Snapshot snapshot) {
        Instant now = clock.instant();
        Optional<KnownIncident> known = incidents.findByIdOptional(snapshot.incidentId());
        boolean open = IncidentTriage.openAfter(type, known.map(KnownIncident::open).orElse(true));
        if (known.isPresent()) {
            known.get().update(snapshot, open, now);
            return known.get();
        }
        KnownIncident incident = KnownIncident.learn(snapshot, open, now);
        incidents.persist(incident);
        return incident;
    }

    private static MajorIncident.Declaration declarationFor(KnownIncident incident) {
        return new MajorIncident.Declaration(incident.headline(), MajorIncidentType.OPERATIONAL, incident.serviceIds(),
                "severity-" + incident.severity() + " incident " + incident.number() + ": " + incident.summary(),
                List.of(incident.incidentId()));
    }
}
