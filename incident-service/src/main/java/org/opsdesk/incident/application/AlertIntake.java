package org.opsdesk.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opsdesk.incident.config.IncidentConfig;
import org.opsdesk.incident.domain.CustomerVerification;
import org.opsdesk.incident.domain.FieldChange;
import org.opsdesk.incident.domain.Incident;
import org.opsdesk.incident.domain.IncidentEvents;
import org.opsdesk.incident.domain.IncidentStatus;
import org.opsdesk.incident.domain.UnconfirmedReason;
import org.opsdesk.incident.domain.alert.AlertAction;
import org.opsdesk.incident.domain.alert.AlertSignal;
import org.opsdesk.incident.domain.alert.AlertState;
import org.opsdesk.incident.domain.alert.MonitoredAlert;
import org.opsdesk.incident.persistence.AlertRepository;
import org.opsdesk.incident.persistence.AlertRepository.EpisodeKey;
import org.opsdesk.incident.persistence.IncidentRepository;

/**
 * Turns monitoring alerts into incidents (IN-17). One open incident per alert identity, guaranteed by a unique
 * index; a repeat counts an occurrence; a resolved alert is recorded and, when only monitoring has touched the
 * incident, resolves it. With firings (Alertmanager) the same payload, posted any number of times and in any
 * order with its resolved twin, ends in the same state.
 */
@ApplicationScoped
public class AlertIntake {

    public enum Outcome { OPENED, REPEATED, REDELIVERED, ACKNOWLEDGED, RESOLVED, IGNORED }

    public record Result(String dedupKey, Outcome outcome, UUID incidentId, String incidentNumber) {
    }

    private record Attached(MonitoredAlert alert, Incident incident, boolean opened) {
    }

    private final AlertRepository alerts;
    private final IncidentRepository incidents;
    private final AlertMapping mapping;
    private final IncidentService incidentService;
    private final Resolutions resolutions;
    private final Journal journal;
    private final IncidentConfig config;
    private final Clock clock;

    AlertIntake(AlertRepository alerts, IncidentRepository incidents, AlertMapping mapping, IncidentService incidentService,
                Resolutions resolutions, Journal journal, IncidentConfig config, Clock clock) {
        this.alerts = alerts;
        this.incidents = incidents;
        this.mapping = mapping;
        this.incidentService = incidentService;
        this.resolutions = resolutions;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The alerts of one post, in one transaction: a failure fails the post, and its sender (Alertmanager, a
     * PagerDuty client) sends it again, which changes nothing that already happened. Alerts are taken in the
     * order of their identity, so concurrent posts of overlapping groups lock rows in one order. All firings are
     * claimed in one statement first; consecutive firings delivered again are counted in one statement each.
     *
     * @return the result of each alert, in the order given
     */
    @Transactional
    public List<Result> receive(List<AlertSignal> signals) {
        Instant now = Moments.now(clock);
        List<AlertSignal> ordered = signals.stream()
                .sorted(Comparator.comparing(AlertSignal::dedupKey).thenComparing(s -> s.episode() == null ? "" : s.episode()))
                .toList();
        Set<AlertSignal> newFirings = claimFirings(ordered);
        Map<AlertSignal, Result> results = new IdentityHashMap<>();
        List<AlertSignal> redelivered = new ArrayList<>();
        for (AlertSignal signal : ordered) {
            if (signal.episode() != null && !newFirings.contains(signal) && signal.action() != AlertAction.RESOLVE) {
                redelivered.add(signal);
                continue;
            }
            countRedeliveries(redelivered, now, results);
            results.put(signal, receive(signal, newFirings.contains(signal), now));
        }
        countRedeliveries(redelivered, now, results);
        return signals.stream().map(results::get).toList();
    }

    /** @return the signals (by identity) whose firing was not known before; of duplicates, the first */
    private Set<AlertSignal> claimFirings(List<AlertSignal> ordered) {
        Map<EpisodeKey, AlertSignal> firsts = new LinkedHashMap<>();
        ordered.stream().filter(s -> s.episode() != null).forEach(s -> firsts.putIfAbsent(EpisodeKey.of(s), s));
        Set<EpisodeKey> claimed = alerts.claimEpisodes(List.copyOf(firsts.values()));
        Set<AlertSignal> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        firsts.forEach((key, signal) -> {
            if (claimed.contains(key)) {
                fresh.add(signal);
            }
        });
        return fresh;
    }

    private void countRedeliveries(List<AlertSignal> redelivered, Instant now, Map<AlertSignal, Result> results) {
        if (redelivered.isEmpty()) {
            return;
        }
        Map<EpisodeKey, AlertRepository.AlertIncident> incidents = alerts.redelivered(redelivered, now);
        for (AlertSignal signal : redelivered) {
            AlertRepository.AlertIncident incident = incidents.get(EpisodeKey.of(signal));
            if (incident == null) {
                throw new IllegalStateException("the firing " + EpisodeKey.of(signal) + " is known but feeds no alert");
            }
            results.put(signal, new Result(signal.dedupKey(), Outcome.REDELIVERED, incident.id(), incident.number()));
        }
        redelivered.clear();
    }

    private Result receive(AlertSignal signal, boolean newFiring, Instant now) {
        if (signal.episode() == null) {
            return switch (signal.action()) {
                case TRIGGER -> trigger(signal, now);
                case ACKNOWLEDGE -> alerts.activeForUpdate(signal).map(alert -> acknowledge(alert, now)).orElse(ignored(signal));
                case RESOLVE -> alerts.activeForUpdate(signal).map(alert -> resolve(alert, signal, now)).orElse(ignored(signal));
            };
        }
        if (!newFiring) {
            return knownEpisode(signal, now);
        }
        Attached attached = attach(signal, now);
        alerts.updateEpisode(signal, attached.alert().id(), signal.arriving());
        if (signal.action() == AlertAction.RESOLVE) {
            return resolve(attached.alert(), signal, now);
        }
        return attached.opened() ? result(attached.alert(), Outcome.OPENED) : repeat(attached, signal, now);
    }

    private Result trigger(AlertSignal signal, Instant now) {
        Attached attached = attach(signal, now);
        return attached.opened() ? result(attached.alert(), Outcome.OPENED) : repeat(attached, signal, now);
    }

    /** The resolution of a firing seen before is recorded once; a resolution seen before changes nothing. */
    private Result knownEpisode(AlertSignal signal, Instant now) {
        AlertRepository.Episode episode = alerts.episodeForUpdate(signal);
        MonitoredAlert alert = alerts.lock(episode.alertId());
        if (episode.status() == AlertState.FIRING) {
            alerts.updateEpisode(signal, alert.id(), AlertState.RESOLVED);
            return resolve(alert, signal, now);
        }
        alert.redelivered(now);
        return result(alert, Outcome.REDELIVERED);
    }

    /** The active alert of the identity, claimed with a new incident when there is none (or its incident is over). */
    private Attached attach(AlertSignal signal, Instant now) {
        while (true) {
            Optional<UUID> claimed = alerts.claimActive(signal, AlertState.FIRING, now);
            if (claimed.isPresent()) {
                MonitoredAlert alert = alerts.lock(claimed.get());
                Incident incident = incidentService.open(mapping.draft(signal, now), config.alerts().actor()).incident();
                alert.feeds(incident.id());
                return new Attached(alert, incident, true);
            }
            Optional<MonitoredAlert> active = alerts.activeForUpdate(signal);
            if (active.isEmpty()) {
                continue;
            }
            Incident incident = incidents.findById(active.get().incidentId());
            if (incident.status().isOpen()) {
                return new Attached(active.get(), incident, false);
            }
            active.get().retire();
            alerts.flush();
        }
    }

    private Result repeat(Attached attached, AlertSignal signal, Instant now) {
        MonitoredAlert alert = attached.alert();
        alert.repeated(signal.startedAt() == null ? now : signal.startedAt(), now);
        Incident incident = attached.incident();
        announce(incident, "ALERT_REPEATED", alert, now,
                new FieldChange("alertOccurrences", String.valueOf(alert.occurrences() - 1), String.valueOf(alert.occurrences())));
        return result(alert, Outcome.REPEATED);
    }

    private Result acknowledge(MonitoredAlert alert, Instant now) {
        alert.acknowledged(now);
        Incident incident = incidents.findById(alert.incidentId());
        journal.note(incident, "ALERT_ACKNOWLEDGED", config.alerts().actor(), now);
        return result(alert, Outcome.ACKNOWLEDGED);
    }

    private Result resolve(MonitoredAlert alert, AlertSignal signal, Instant now) {
        alert.resolved(signal.endedAt() == null ? now : signal.endedAt(), now);
        Incident incident = incidents.lock(alert.incidentId()).orElseThrow();
        if (incident.status() == IncidentStatus.CLOSED) {
            return result(alert, Outcome.RESOLVED);
        }
        String actor = config.alerts().actor();
        announce(incident, "ALERT_RESOLVED", alert, now, new FieldChange("alertStatus", "FIRING", "RESOLVED"));
        if (config.alerts().autoResolve() && incident.openedByAlert() && !incident.personActed() && incident.status().isOpen()
                && alerts.ofIncident(incident.id()).stream().allMatch(a -> a.status() == AlertState.RESOLVED)) {
            resolutions.resolve(incident, config.alerts().autoResolveType(), "The alert cleared at its source: " + alert.summary(),
                    CustomerVerification.unconfirmed(UnconfirmedReason.ALERT_CLEARED), actor, now);
        }
        return result(alert, Outcome.RESOLVED);
    }

    private void announce(Incident incident, String action, MonitoredAlert alert, Instant now, FieldChange line) {
        journal.announce(incident, action, config.alerts().actor(), now,
                new IncidentEvents.AlertReceived(IncidentEvents.AlertData.of(alert), alert.occurrences() - 1, now), line);
    }

    private Result ignored(AlertSignal signal) {
        return new Result(signal.dedupKey(), Outcome.IGNORED, null, null);
    }

    private Result result(MonitoredAlert alert, Outcome outcome) {
        return new Result(alert.dedupKey(), outcome, alert.incidentId(), incidents.findById(alert.incidentId()).number());
    }

    public List<MonitoredAlert> ofIncident(UUID incidentId) {
        return alerts.ofIncident(incidentId);
    }
}
