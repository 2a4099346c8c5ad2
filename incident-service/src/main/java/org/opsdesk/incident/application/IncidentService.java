package org.opsdesk.incident.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.FieldChange;
import org.opsdesk.incident.domain.HistoryEntry;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentDraft;
import org.opsdesk.incident.domain.IncidentEdit;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.IncidentLink;
import org.opsdesk.incident.domain.IncidentStatus;
import org.opsdesk.incident.domain.LinkType;
import org.opsdesk.incident.domain.Priority;
import org.opsdesk.incident.domain.SlaClock;
import org.opsdesk.incident.domain.Source;
import org.opsdesk.incident.domain.problem.ProblemReason;
import org.opsdesk.incident.persistence.HelpDeskRepository;
import org.opsdesk.incident.persistence.HistoryRepository;
import org.opsdesk.incident.domain.IncidentQuery;
import org.opsdesk.incident.persistence.IncidentRepository;
import org.opsdesk.incident.persistence.IncidentRequestRepository;
import org.opsdesk.incident.persistence.LinkRepository;
import org.opsdesk.platform.errors.AccessDeniedException;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.hash.Sha256;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** Logging, reading and triage of incidents (IN-1, IN-2, IN-4, IN-10, IN-14). */
@ApplicationScoped
public class IncidentService {

    private final IncidentRepository incidents;
    private final IncidentAccess access;
    private final Triage triage;
    private final Journal journal;
    private final HistoryRepository historyEntries;
    private final LinkRepository links;
    private final HelpDeskRepository helpDesks;
    private final ProblemService problems;
    private final IncidentRequestRepository requests;
    private final IncidentConfig config;
    private final Clock clock;
    private final ObjectMapper json;

    IncidentService(IncidentRepository incidents, IncidentAccess access, Triage triage, Journal journal,
                    HistoryRepository historyEntries, LinkRepository links,
                    HelpDeskRepository helpDesks, ProblemService problems, IncidentRequestRepository requests,
                    IncidentConfig config, Clock clock, ObjectMapper json) {
        this.incidents = incidents;
        this.access = access;
        this.triage = triage;
        this.journal = journal;
        this.historyEntries = historyEntries;
        this.links = links;
        this.helpDesks = helpDesks;
        this.problems = problems;
        this.requests = requests;
        this.config = config;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Logs an incident reported by the caller; a customer logs only for its own organisation, through self-service.
     * With an idempotency key, a repeat of the caller's request answers the incident the first one opened.
     *
     * @throws InvalidFieldException on Idempotency-Key when the key was used for a different request
     */
    @Transactional
    public Logged log(IncidentDraft draft, Caller caller, String idempotencyKey) {
        if (idempotencyKey == null) {
            return new Logged(log(draft, caller), false);
        }
        String requestHash = requestHash(draft);
        if (requests.claim(caller.name(), idempotencyKey, requestHash, Moments.now(clock))) {
            IncidentDetails logged = log(draft, caller);
            requests.attach(caller.name(), idempotencyKey, logged.incident().id());
            return new Logged(logged, false);
        }
        IncidentRequestRepository.Prior prior = requests.find(caller.name(), idempotencyKey).orElseThrow();
        if (!prior.requestHash().equals(requestHash)) {
            throw new InvalidFieldException("Idempotency-Key", "was already used for a different request; use a new key for a new incident");
        }
        return new Logged(new IncidentDetails(access.find(prior.incidentId(), caller), List.of(), List.of(), null), true);
    }

    /** The request as JSON (fields in the record's order): its identity for the Idempotency-Key, whatever toString prints. */
    private String requestHash(IncidentDraft draft) {
        try {
            return Sha256.hex(json.writeValueAsString(draft));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an incident draft is always JSON", e);
        }
    }

    /** The outcome of a request to log an incident: {@code replayed} when an earlier request with its key opened it. */
    public record Logged(IncidentDetails details, boolean replayed) {
    }

    @Transactional
    public void forgetIdempotencyKeys(Instant now) {
        requests.forgetBefore(now.minus(config.idempotencyKeyRetention()));
    }

    private IncidentDetails log(IncidentDraft draft, Caller caller) {
        if (caller.scopedToOrganisation()) {
            if (caller.org() == null) {
                throw new AccessDeniedException("a customer's token must name its organisation (claim org)");
            }
            if (draft.source() != null && draft.source() != Source.SELF_SERVICE) {
                throw new InvalidFieldException("source", "customers report through SELF_SERVICE");
            }
            if (draft.customerOrg() != null && !draft.customerOrg().equals(caller.org())) {
                throw new InvalidFieldException("customerOrg", "customers log incidents for their own organisation only");
            }
            draft = new IncidentDraft(Source.SELF_SERVICE, draft.summary(), draft.description(), draft.severity(),
                    draft.urgency(), draft.category(), draft.serviceIds(), caller.org(), draft.reporter(),
                    draft.receivedAt(), draft.followUpOf(), false);
        } else if (draft.source() == null) {
            throw new InvalidFieldException("source", "must not be null");
        }
        if (draft.followUpOf() != null) {
            draft = followUp(draft, access.find(draft.followUpOf(), caller));
        }
        Opened opened = open(draft, caller.name());
        return new IncidentDetails(opened.incident(), opened.possibleDuplicates(), triage.knownErrorSuggestions(opened.incident()), null);
    }

    /** A new incident and the open incidents that may be the same issue (IN-6). */
    public record Opened(Incident incident, List<Incident> possibleDuplicates) {
    }

    /** A closed incident is never reopened: the new one inherits what it does not state and is linked to it (IN-14). */
    private IncidentDraft followUp(IncidentDraft draft, Incident closed) {
        if (closed.status() != IncidentStatus.CLOSED) {
            throw new ConflictException(closed.number() + " is " + closed.status()
                    + ", not closed: dispute or work on it instead of opening a follow-up");
        }
        return new IncidentDraft(draft.source(), draft.summary(), draft.description(), draft.severity(), draft.urgency(),
                draft.category() != null ? draft.category() : closed.category(),
                draft.serviceIds().isEmpty() ? closed.serviceIds() : draft.serviceIds(),
                draft.customerOrg() != null ? draft.customerOrg() : closed.customerOrg(),
                draft.reporter() != null ? draft.reporter() : closed.reporter(),
                draft.receivedAt(), closed.id(), draft.openedByAlert());
    }

    /** Opens an incident for anyone: people through {@link #log}, monitoring through alert intake. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Opened open(IncidentDraft draft, String by) {
        Instant now = Moments.now(clock);
        Instant receivedAt = draft.receivedAt() == null ? now : Moments.of(draft.receivedAt());
        if (receivedAt.isAfter(now)) {
            throw new InvalidFieldException("receivedAt", "must not be in the future");
        }
        triage.requireCategory(draft.category());
        boolean significant = triage.significant(draft.serviceIds());
        var urgency = draft.urgency() == null ? config.defaultUrgency() : draft.urgency();
        IncidentDraft complete = new IncidentDraft(draft.source(), draft.summary(), draft.description(), draft.severity(),
                urgency, draft.category(), draft.serviceIds(), draft.customerOrg(), draft.reporter(), receivedAt,
                draft.followUpOf(), draft.openedByAlert(), draft.alertGroup());
        Priority priority = triage.priority(draft.severity(), urgency);
        SlaClock sla = SlaClock.start(triage.terms(draft.customerOrg(), draft.severity(), priority), receivedAt, triage.settings());
        Incident incident = Incident.log(complete, priority, significant, sla,
                config.serviceDeskTeam(), now, by);
        incidents.persist(incident);
        if (draft.followUpOf() != null) {
            links.persist(new IncidentLink(incident.id(), draft.followUpOf(), LinkType.FOLLOW_UP_OF, now, by));
        }
        incidents.flush();
        List<Incident> duplicates = triage.possibleDuplicates(incident);
        journal.announce(incident, "CREATED", by, now,
                new IncidentEvents.Created(duplicates.stream().map(Incident::id).toList(), incident.followUpOf()));
        if (config.problems().openForPriorities().contains(priority)) {
            problems.openFor(incident, ProblemReason.PRIORITY_1, by);
        }
        return new Opened(incident, duplicates);
    }

    @Transactional
    public IncidentDetails update(UUID id, IncidentEdit edit, Caller caller) {
        Incident incident = access.lock(id, caller);
        Instant now = Moments.now(clock);
        if (edit.category() != null) {
            triage.requireCategory(edit.category());
        }
        int severity = edit.severity() != null ? edit.severity() : incident.severity();
        var urgency = edit.urgency() != null ? edit.urgency() : incident.urgency();
        String org = edit.customerOrg() != null ? edit.customerOrg() : incident.customerOrg();
        boolean significant = triage.significant(edit.serviceIds() != null ? edit.serviceIds() : incident.serviceIds());
        Priority priority = triage.priority(severity, urgency);
        Priority before = incident.priority();
        incident.update(edit, priority, significant, triage.terms(org, severity, priority), triage.settings());
        if (edit.severity() != null && !caller.scopedToOrganisation()) {
            incident.confirmSeverity();
        }
        incident.actedOnByPerson();
        List<FieldChange> changes = incident.changes();
        if (changes.isEmpty()) {
            journal.note(incident, "UPDATED", caller.name(), now);
        } else {
            journal.announce(incident, "UPDATED", caller.name(), now, new IncidentEvents.Updated(changes, now, caller.name()));
            if (priority != before && config.problems().openForPriorities().contains(priority)) {
                problems.openFor(incident, ProblemReason.PRIORITY_1, caller.name());
            }
        }
        return details(incident, false);
    }

    public IncidentDetails get(UUID id, Caller caller) {
        return details(access.find(id, caller), true);
    }

    public IncidentDetails details(Incident incident, boolean withSuggestions) {
        return new IncidentDetails(incident,
                withSuggestions ? triage.possibleDuplicates(incident) : List.of(),
                withSuggestions ? triage.knownErrorSuggestions(incident) : List.of(),
                incident.referredTo() == null ? null : helpDesks.findById(incident.referredTo()));
    }

    public Page<Incident> list(IncidentQuery query, Caller caller, PageRequest page) {
        if (caller.scopedToOrganisation() && caller.org() == null) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        return incidents.search(caller.scopedToOrganisation() ? query.withCustomerOrg(caller.org()) : query, page);
    }

    public Page<HistoryEntry> history(UUID id, Caller caller, PageRequest page) {
        return historyEntries.of(access.find(id, caller).id(), page);
    }
}
