package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DutyShift;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.MajorIncidentView;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.StatusPagePost;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.persistence.DeliveryRepository;
import org.opsdesk.notification.persistence.DutyShiftRepository;
import org.opsdesk.notification.persistence.MajorIncidentViewRepository;
import org.opsdesk.notification.persistence.PlanRepository;
import org.opsdesk.notification.persistence.StatusPagePostRepository;

/** The public status page (CO-2): open major incidents with the six items, the duty manager, 90 days of history. */
@ApplicationScoped
public class StatusPage {

    private static final int FEED_ENTRIES = 100;

    private final MajorIncidentViewRepository views;
    private final PlanRepository plans;
    private final DeliveryRepository deliveries;
    private final StatusPagePostRepository posts;
    private final DutyShiftRepository shifts;
    private final NotificationConfig config;
    private final Clock clock;

    StatusPage(MajorIncidentViewRepository views, PlanRepository plans, DeliveryRepository deliveries,
               StatusPagePostRepository posts, DutyShiftRepository shifts, NotificationConfig config, Clock clock) {
        this.views = views;
        this.plans = plans;
        this.deliveries = deliveries;
        this.posts = posts;
        this.shifts = shifts;
        this.config = config;
        this.clock = clock;
    }

    public record Snapshot(Instant generatedAt, List<Active> active, List<MajorIncidentFacts> history, Person dutyManager) {
    }

    /** An open major incident as the page shows it: {@code updatedAt} is its last public update. */
    public record Active(MajorIncidentFacts facts, Instant updatedAt, Instant nextUpdateAt) {
    }

    @Transactional
    public Snapshot snapshot() {
        Instant now = clock.instant();
        List<Active> active = views.open().stream().map(this::active).toList();
        List<MajorIncidentFacts> history = views.resolvedSince(historyStart(now)).stream().map(MajorIncidentView::facts).toList();
        return new Snapshot(now, active, history, dutyManager(now));
    }

    @Transactional
    public List<StatusPagePost> feed() {
        return posts.since(historyStart(clock.instant()), FEED_ENTRIES);
    }

    private Active active(MajorIncidentView view) {
        MajorIncidentFacts facts = view.facts();
        List<Delivery> pending = plans.findBySubject(SubjectType.MAJOR_INCIDENT, view.majorIncidentId())
                .map(plan -> deliveries.pendingUpdates(plan.id())).orElse(List.of());
        Optional<Instant> nextPageUpdate = pending.stream().filter(d -> d.channel() == Channel.STATUS_PAGE)
                .map(Delivery::dueAt).min(Comparator.naturalOrder());
        Instant nextUpdateAt = nextPageUpdate.or(() -> pending.stream().map(Delivery::dueAt).min(Comparator.naturalOrder()))
                .orElse(facts.latestStatus() == null ? null : facts.latestStatus().nextUpdateAt());
        Instant lastPost = posts.lastPostedAt(view.majorIncidentId()).orElse(null);
        Instant updatedAt = Stream.of(view.declaredAt(), facts.statusPublishedAt(), lastPost).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(view.lastEventAt());
        return new Active(facts, updatedAt, nextUpdateAt);
    }

    /** Whoever the roster has on duty now (002 §V.B.5), else the configured fallback. */
    private Person dutyManager(Instant now) {
        return shifts.dutyManagerAt(now).map(DutyShift::person)
                .or(() -> config.statusPage().dutyManagerName()
                        .map(name -> new Person(name, null, config.statusPage().dutyManagerPhone().orElse(null), null, null)))
                .orElse(null);
    }

    private Instant historyStart(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(config.statusPage().history()).toInstant();
    }
}
