package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.FieldChange;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.problem.Problem;
import org.opsdesk.incident.domain.problem.ProblemReason;
import org.opsdesk.incident.domain.problem.ProblemStatus;
import org.opsdesk.incident.domain.reference.KnownError;
import org.opsdesk.incident.persistence.AlertRepository;
import org.opsdesk.incident.persistence.IncidentRepository;
import org.opsdesk.incident.persistence.KnownErrorRepository;
import org.opsdesk.incident.persistence.ProblemRepository;
import org.opsdesk.platform.audit.ChangeLog;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;
import org.opsdesk.platform.text.Text;

/** Problem cases (IN-12): opened automatically for workarounds, priority-1 incidents and recurring alerts, or by hand. */
@ApplicationScoped
public class ProblemService {

    private static final String KIND = "problem";

    private final ProblemRepository problems;
    private final IncidentRepository incidents;
    private final AlertRepository alerts;
    private final KnownErrorRepository knownErrors;
    private final Journal journal;
    private final ChangeLog changeLog;
    private final IncidentConfig config;
    private final ReferenceEventPublisher referenceEvents;
    private final Clock clock;

    ProblemService(ProblemRepository problems, IncidentRepository incidents, AlertRepository alerts,
                   KnownErrorRepository knownErrors, Journal journal,
                   ChangeLog changeLog, IncidentConfig config, ReferenceEventPublisher referenceEvents, Clock clock) {
        this.problems = problems;
        this.incidents = incidents;
        this.alerts = alerts;
        this.knownErrors = knownErrors;
        this.journal = journal;
        this.changeLog = changeLog;
        this.config = config;
        this.referenceEvents = referenceEvents;
        this.clock = clock;
    }

    /** What people change of a problem once it is open (the change log's summary). */
    private record Fields(ProblemStatus status, String rootCause, String workaround, UUID knownErrorId, String resolution) {
        static Fields of(Problem p) {
            return new Fields(p.status(), p.rootCause(), p.workaround(), p.knownErrorId(), p.resolution());
        }
    }

    /**
     * Makes sure an open problem covers the incident: the one of its major incident when there is one,
     * else a new one. Nothing happens when an open problem already covers it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFor(Incident incident, ProblemReason reason, String by) {
        if (problems.openFor(incident.id())) {
            return;
        }
        Instant now = Moments.now(clock);
        Problem problem = incident.majorIncidentId() == null ? null
                : problems.openOfMajorIncident(incident.majorIncidentId()).orElse(null);
        boolean opened = problem == null;
        if (opened) {
            problem = Problem.open(problems.nextNumber(), title(incident), incident.description(), reason,
                    incident.majorIncidentId(), now, by);
            problems.persist(problem);
        }
        problem.link(incident.id());
        linked(problem, incident, reason, opened, by, now);
    }

    /**
     * 001 §5.8.1: an alert that clears and comes back was not corrected by clearing. Once the incidents of one alert
     * identity have been resolved {@code recurring-alert.resolutions} times within {@code recurring-alert.window},
     * a problem covers them all: the open one that covers any of them already, else a new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openForRecurringAlert(Incident incident, String by) {
        IncidentConfig.RecurringAlert rule = config.problems().recurringAlert();
        Instant now = Moments.now(clock);
        alerts.sameAlertIncidentsResolvedSince(incident.id(), now.minus(rule.window())).forEach((identity, resolved) -> {
            Set<UUID> recurrences = new LinkedHashSet<>(resolved);
            recurrences.add(incident.id());
            if (recurrences.size() < rule.resolutions()) {
                return;
            }
            Problem problem = problems.openCovering(recurrences).orElse(null);
            boolean opened = problem == null;
            if (opened) {
                problem = Problem.open(problems.nextNumber(), Text.clip("Recurring alert: " + incident.summary(), 200),
                        "The alert " + identity + " was resolved " + recurrences.size() + " times within " + rule.window(),
                        ProblemReason.RECURRING_ALERT, null, now, by);
                problems.persist(problem);
            }
            for (UUID id : recurrences) {
                if (problem.link(id)) {
                    linked(problem, id.equals(incident.id()) ? incident : incidents.findById(id), ProblemReason.RECURRING_ALERT,
                            opened, by, now);
                }
            }
        });
    }

    private void linked(Problem problem, Incident incident, ProblemReason reason, boolean opened, String by, Instant now) {
        journal.announce(incident, "PROBLEM_LINKED", by, now,
                new IncidentEvents.ProblemOpened(problem.id(), problem.number(), reason, opened),
                new FieldChange("problem", null, problem.number()));
    }

    /** The incident joined a major incident: its open problem, if any, becomes the major incident's problem. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void coverMajorIncident(Incident incident) {
        if (problems.openOfMajorIncident(incident.majorIncidentId()).isPresent()) {
            return;
        }
        for (Problem problem : problems.ofIncident(incident.id())) {
            if (problem.cover(incident.majorIncidentId())) {
                return;
            }
        }
    }

    private static String title(Incident incident) {
        return Text.clip("Underlying cause of " + incident.number() + ": " + incident.summary(), 200);
    }

    @Transactional
    public Problem open(String title, String description, List<UUID> incidentIds, Caller caller) {
        List<Incident> covered = incidentIds.stream().map(this::incident).toList();
        Problem problem = Problem.open(problems.nextNumber(), title, description, ProblemReason.MANUAL, null, Moments.now(clock), caller.name());
        problems.persist(problem);
        changeLog.record(KIND, problem.id().toString(), ChangeLog.Action.CREATED, problem.number() + ": " + title);
        covered.forEach(incident -> linkIncident(problem, incident, caller));
        return problem;
    }

    @Transactional
    public Problem link(UUID problemId, UUID incidentId, Caller caller) {
        Problem problem = get(problemId);
        linkIncident(problem, incident(incidentId), caller);
        return problem;
    }

    private void linkIncident(Problem problem, Incident incident, Caller caller) {
        if (problem.link(incident.id())) {
            journal.note(incident, "PROBLEM_LINKED", caller.name(), Moments.now(clock), new FieldChange("problem", null, problem.number()));
            changeLog.record(KIND, problem.id().toString(), ChangeLog.Action.UPDATED, "incident " + incident.number() + " linked");
        }
    }

    private Incident incident(UUID id) {
        return incidents.findByIdOptional(id).orElseThrow(() -> new InvalidFieldException("incidentId", "unknown incident " + id));
    }

    /** The root cause is known; with a workaround it can be published as a known error for the desk (IN-5). */
    @Transactional
    public Problem rootCause(UUID id, String rootCause, String workaround, boolean publishKnownError) {
        Problem problem = get(id);
        Fields before = Fields.of(problem);
        if (publishKnownError && (workaround == null || workaround.isBlank())) {
            throw new InvalidFieldException("workaround", "a known error needs a workaround");
        }
        UUID knownErrorId = null;
        if (publishKnownError) {
            KnownError knownError = new KnownError(Moments.now(clock));
            knownError.define(problem.title(), problem.description() == null ? rootCause : problem.description() + " " + rootCause,
                    workaround, List.of(), true);
            knownErrors.persist(knownError);
            changeLog.saved("known-error", knownError.id().toString(), null, KnownErrorService.Fields.of(knownError));
            referenceEvents.knownError(knownError, ChangeLog.Action.CREATED);
            knownErrorId = knownError.id();
        }
        problem.rootCauseFound(rootCause, workaround, knownErrorId);
        changeLog.saved(KIND, id.toString(), before, Fields.of(problem));
        return problem;
    }

    @Transactional
    public Problem resolve(UUID id, String resolution) {
        Problem problem = get(id);
        Fields before = Fields.of(problem);
        problem.resolve(resolution, Moments.now(clock));
        changeLog.saved(KIND, id.toString(), before, Fields.of(problem));
        return problem;
    }

    @Transactional
    public Problem close(UUID id) {
        Problem problem = get(id);
        Fields before = Fields.of(problem);
        problem.close(Moments.now(clock));
        changeLog.saved(KIND, id.toString(), before, Fields.of(problem));
        return problem;
    }

    public Problem get(UUID id) {
        return problems.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("problem", id));
    }

    public Page<Problem> list(ProblemStatus status, PageRequest page) {
        return problems.search(status, page);
    }

    public List<Problem> ofIncident(UUID incidentId) {
        return problems.ofIncident(incidentId);
    }
}
