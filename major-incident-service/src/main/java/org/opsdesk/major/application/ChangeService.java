package org.opsdesk.major.application;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opsdesk.major.config.MajorIncidentConfig;
import org.opsdesk.major.domain.ChangeRecord;
import org.opsdesk.major.domain.ChangeType;
import org.opsdesk.major.domain.Command;
import org.opsdesk.major.domain.LinkedTicket;
import org.opsdesk.major.domain.MajorIncident;
import org.opsdesk.major.domain.MajorIncidentEvents;
import org.opsdesk.major.domain.TicketKind;
import org.opsdesk.major.persistence.ChangeRecordRepository;
import org.opsdesk.major.persistence.LinkedTicketRepository;
import org.opsdesk.major.persistence.MajorIncidentRepository;
import org.opsdesk.platform.errors.ConflictException;

/** Change correlation (MI-5), remediation changes and linked tickets (MI-7). */
@ApplicationScoped
public class ChangeService {

    private final ChangeRecordRepository changes;
    private final LinkedTicketRepository tickets;
    private final MajorIncidentRepository majorIncidents;
    private final Journal journal;
    private final MajorIncidentConfig config;
    private final Clock clock;

    ChangeService(ChangeRecordRepository changes, LinkedTicketRepository tickets, MajorIncidentRepository majorIncidents,
                  Journal journal, MajorIncidentConfig config, Clock clock) {
        this.changes = changes;
        this.tickets = tickets;
        this.majorIncidents = majorIncidents;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
    }

    /** A change and whether it was new (a tool sending a known external id updates it). */
    public record Ingested(ChangeRecord change, boolean created) {
    }

    @Transactional
    public Ingested ingest(ChangeRecord.Details details, Caller caller) {
        Optional<ChangeRecord> known = changes.byExternalId(details.externalId());
        if (known.isPresent()) {
            if (known.get().majorIncidentId() != null && details.type() != ChangeType.EMERGENCY) {
                throw new ConflictException("change " + details.externalId() + " remediates a major incident and stays EMERGENCY");
            }
            known.get().update(details);
            return new Ingested(known.get(), false);
        }
        ChangeRecord change = ChangeRecord.record(details, clock.instant(), caller.name());
        changes.persist(change);
        return new Ingested(change, true);
    }

    /** Changes on the affected services in the look-back before the start, newest first (000 §5.3.2). */
    public List<ChangeRecord> recentChanges(UUID id) {
        MajorIncident mi = majorIncidents.require(id);
        return changes.onServicesBetween(mi.serviceIds(), mi.startedAt().minus(config.changes().lookBack()), mi.startedAt());
    }

    /** Records a remediation change: an emergency change linked to the major incident (002 §V.C.4). */
    @Transactional
    public ChangeRecord recordRemediation(UUID id, ChangeRecord.Details details, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        mi.perform(Command.RECORD_CHANGE);
        Optional<ChangeRecord> known = changes.byExternalId(details.externalId());
        if (known.isPresent() && known.get().majorIncidentId() != null && !known.get().majorIncidentId().equals(id)) {
            throw new ConflictException("change " + details.externalId() + " already remediates another major incident");
        }
        ChangeRecord change = known.orElseGet(() -> ChangeRecord.record(details, clock.instant(), caller.name()));
        change.update(details);
        change.remediates(id);
        if (known.isEmpty()) {
            changes.persist(change);
        }
        journal.announce(mi, caller.name(), "emergency change " + change.externalId() + ": " + change.summary(),
                new MajorIncidentEvents.ChangeLinked(new MajorIncidentEvents.ChangeDetails(change.externalId(), change.summary(),
                        change.type().name(), change.implementedAt(), change.link(), change.serviceIds())));
        return change;
    }

    public List<ChangeRecord> remediationChanges(UUID id) {
        majorIncidents.require(id);
        return changes.remediating(id);
    }

    @Transactional
    public LinkedTicket linkTicket(UUID id, TicketKind kind, String reference, String summary, String link, Caller caller) {
        MajorIncident mi = majorIncidents.require(id);
        mi.perform(Command.LINK_TICKET);
        if (tickets.exists(id, reference)) {
            throw new ConflictException("ticket " + reference + " is already linked to " + mi.number());
        }
        LinkedTicket ticket = LinkedTicket.link(id, kind, reference, summary, link, clock.instant(), caller.name());
        tickets.persist(ticket);
        journal.announce(mi, caller.name(), kind + " " + reference + " linked",
                new MajorIncidentEvents.TicketLinked(new MajorIncidentEvents.TicketDetails(kind.name(), reference, summary, link)));
        return ticket;
    }

    public List<LinkedTicket> tickets(UUID id) {
        majorIncidents.require(id);
        return tickets.ofMajorIncident(id);
    }
}
