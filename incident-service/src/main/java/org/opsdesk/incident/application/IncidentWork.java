package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.incident.domain.Command;
import org.opsdesk.incident.domain.ContactAttempt;
import org.opsdesk.incident.domain.ContactMethod;
import org.opsdesk.incident.domain.ContactOutcome;
import org.opsdesk.incident.domain.FieldChange;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.IncidentLink;
import org.opsdesk.incident.domain.IncidentStatus;
import org.opsdesk.incident.domain.LinkType;
import org.opsdesk.incident.domain.Note;
import org.opsdesk.incident.domain.NoteVisibility;
import org.opsdesk.incident.persistence.ContactAttemptRepository;
import org.opsdesk.incident.persistence.IncidentRepository;
import org.opsdesk.incident.persistence.LinkRepository;
import org.opsdesk.incident.persistence.NoteRepository;
import org.opsdesk.platform.errors.ConflictException;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;
import org.opsdesk.platform.time.BusinessCalendar;
import org.opsdesk.platform.text.Text;

/** The work log of an incident: notes (IN-10), contact attempts (IN-15) and links to other incidents (IN-6). */
@ApplicationScoped
public class IncidentWork {

    public record ContactLog(List<ContactAttempt> attempts, List<String> unmetForUnreachableClosure) {
    }

    public record LinkedIncident(IncidentLink link, boolean outgoing, Incident other) {
    }

    private final IncidentAccess access;
    private final IncidentRepository incidents;
    private final NoteRepository notes;
    private final ContactAttemptRepository attempts;
    private final LinkRepository links;
    private final Journal journal;
    private final Triage triage;
    private final BusinessCalendar calendar;
    private final Clock clock;

    IncidentWork(IncidentAccess access, IncidentRepository incidents, NoteRepository notes, ContactAttemptRepository attempts,
                 LinkRepository links, Journal journal, Triage triage,
                 BusinessCalendar calendar, Clock clock) {
        this.access = access;
        this.incidents = incidents;
        this.notes = notes;
        this.attempts = attempts;
        this.links = links;
        this.journal = journal;
        this.triage = triage;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A customer's note is always visible to the customer. */
    @Transactional
    public Note addNote(UUID id, String text, NoteVisibility visibility, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.requireAllows(Command.NOTE);
        NoteVisibility shown = caller.scopedToOrganisation() ? NoteVisibility.CUSTOMER_VISIBLE
                : visibility == null ? NoteVisibility.INTERNAL : visibility;
        Instant now = Moments.now(clock);
        Note note = new Note(id, now, caller.name(), shown, text);
        notes.persist(note);
        journal.note(incident, "NOTE_ADDED", caller.name(), now, new FieldChange("note", null, Text.clip(text, 500)));
        if (caller.scopedToOrganisation() && incident.status() == IncidentStatus.ON_HOLD) {
            resumeOnCustomerReply(incident, caller, now);
        }
        return note;
    }

    /** The customer answered the case that waited for them: its clock runs again. */
    private void resumeOnCustomerReply(Incident incident, Caller caller, Instant now) {
        String reason = "the customer replied";
        incident.resume(now, triage.settings());
        journal.announce(incident, "RESUMED", caller.name(), now, new IncidentEvents.Resumed(now, caller.name(), reason),
                Journal.reason(reason));
    }

    public Page<Note> notes(UUID id, Caller caller, PageRequest page) {
        return notes.of(access.find(id, caller).id(), caller.scopedToOrganisation(), page);
    }

    /** Recorded when it happens, or within the rule's short grace (the entry time is kept), never before the case (IN-15). */
    @Transactional
    public ContactAttempt recordContactAttempt(UUID id, ContactMethod method, ContactOutcome outcome, Instant at, String note,
                                               Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.requireAllows(Command.CONTACT_ATTEMPT);
        Instant now = Moments.now(clock);
        Instant when = triage.unreachableCustomerRule().attemptTime(at, now, incident.loggedAt());
        ContactAttempt attempt = new ContactAttempt(id, when, now, caller.name(), method, outcome, note);
        attempts.persist(attempt);
        journal.note(incident, "CONTACT_ATTEMPTED", caller.name(), now, new FieldChange("contactAttempt", null,
                method + " " + outcome + " at " + when + (when.equals(now) ? "" : " (entered " + now + ")")));
        return attempt;
    }

    public ContactLog contactAttempts(UUID id, Caller caller) {
        List<ContactAttempt> log = attempts.of(access.find(id, caller).id());
        return new ContactLog(log, triage.unreachableCustomerRule().unmet(log, calendar));
    }

    /** Links the incident to another; a duplicate tells the first case's owner through an event on that case (IN-6). */
    @Transactional
    public LinkedIncident link(UUID id, LinkType type, UUID targetId, Caller caller) {
        Incident incident = access.lock(id, caller);
        incident.requireAllows(Command.LINK);
        Incident target = incidents.findByIdOptional(targetId)
                .filter(t -> !caller.scopedToOrganisation() || t.visibleTo(caller.org()))
                .orElseThrow(() -> new InvalidFieldException("targetId", "unknown incident " + targetId));
        if (links.exists(id, targetId, type)) {
            throw new ConflictException(incident.number() + " is already " + type + " " + target.number());
        }
        Instant now = Moments.now(clock);
        IncidentLink link = new IncidentLink(id, targetId, type, now, caller.name());
        links.persist(link);
        incident.actedOnByPerson();
        journal.announce(incident, "LINKED", caller.name(), now,
                new IncidentEvents.Linked(type, target.id(), target.number(), now, caller.name()),
                new FieldChange("link", null, type + " " + target.number()));
        if (type == LinkType.DUPLICATE_OF) {
            journal.announce(target, "DUPLICATE_REPORTED", caller.name(), now, new IncidentEvents.DuplicateReported(
                    incident.id(), incident.number(), incident.reporter(), now, caller.name()),
                    new FieldChange("duplicate", null, incident.number()));
        }
        return new LinkedIncident(link, true, target);
    }

    public List<LinkedIncident> links(UUID id, Caller caller) {
        UUID incidentId = access.find(id, caller).id();
        return links.of(incidentId).stream().map(link -> {
            boolean outgoing = link.incidentId().equals(incidentId);
            Incident other = incidents.findById(outgoing ? link.targetId() : link.incidentId());
            return new LinkedIncident(link, outgoing, other);
        }).filter(linked -> !caller.scopedToOrganisation() || linked.other().visibleTo(caller.org())).toList();
    }

    /** @throws org.opsdesk.platform.errors.ResourceNotFoundException when the caller may not see the incident */
    public void requireVisible(UUID id, Caller caller) {
        access.find(id, caller);
    }
}
