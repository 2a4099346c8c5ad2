package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.MajorIncidentFacts;
import org.opsdesk.notification.domain.MajorIncidentView;
import org.opsdesk.notification.domain.NotificationEvents;
import org.opsdesk.notification.domain.NotificationEvents.DeliveryEvent;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SubjectType;
import org.opsdesk.notification.persistence.MajorIncidentViewRepository;
import org.opsdesk.platform.events.Outbox;

/**
 * Tells whoever answers for the communication that something is wrong with it (CO-4): the major incident's
 * coordinator (or the configured fallback while there is none), the service desk for customer incidents.
 */
@ApplicationScoped
public class CoordinatorAlerts {

    static final String AUDIENCE = "coordinator";

    private final Notices notices;
    private final Outbox outbox;
    private final MajorIncidentViewRepository majorIncidents;
    private final TimeText time;
    private final NotificationConfig config;

    CoordinatorAlerts(Notices notices, Outbox outbox, MajorIncidentViewRepository majorIncidents, TimeText time,
                      NotificationConfig config) {
        this.notices = notices;
        this.outbox = outbox;
        this.majorIncidents = majorIncidents;
        this.time = time;
        this.config = config;
    }

    /** An update went out saying nothing new: once per slot number, however many audiences it went to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusStale(MajorIncidentFacts facts, Delivery update) {
        String since = facts.statusPublishedAt() == null ? "the declaration" : time.format(facts.statusPublishedAt());
        NoticeView view = new NoticeView("[" + facts.reference() + "] Status is stale: no status update since " + since,
                List.of("Update " + update.slot() + " of " + facts.reference() + " (" + facts.title() + ") went out at "
                        + time.format(update.sentAt()) + " saying there is no new information.",
                        "Please publish a status update with the six items (nature, impact, remediation metric, remediation "
                                + "steps, estimated remediation time, next update time) before the next update is due."),
                List.of(), null, null);
        Delivery notice = notices.email(SubjectType.MAJOR_INCIDENT, update.subjectId(), "stale/" + update.planId() + "/" + update.slot(),
                AUDIENCE, DeliveryKind.STALE_NOTICE, List.of(responsible(update)), view);
        if (notice != null) {
            outbox.append(update.subjectId().toString(), NotificationEvents.STATUS_STALE,
                    DeliveryEvent.of(update, "no status update published since " + since));
        }
    }

    /** A delivery passed its deadline unsent; called once per delivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(Delivery late, String reason) {
        outbox.append(late.subjectId().toString(), NotificationEvents.COMMUNICATION_OVERDUE, DeliveryEvent.of(late, reason));
        if (late.kind().isAboutCommunication()) {
            return;
        }
        NoticeView view = new NoticeView(prefix(late) + "Communication overdue: " + describe(late),
                List.of("The " + late.kind().name().toLowerCase().replace('_', ' ') + " to " + late.audience() + " by "
                        + late.channel() + " was due " + time.format(late.dueAt()) + " and has not gone out.", reason),
                List.of(new NoticeView.Fact("Attempts so far", String.valueOf(late.attempts())),
                        new NoticeView.Fact("Last error", late.lastError())), null, null);
        notices.email(late.subjectType(), late.subjectId(), "overdue/" + late.id(), AUDIENCE, DeliveryKind.OVERDUE_NOTICE,
                List.of(responsible(late)), view);
    }

    /**
     * Slots an audience missed while the service could not send (each announced by event); the coordinator gets one
     * notice per catch-up of the plan, however many audiences it covers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void missed(Delivery late, List<Delivery> missed) {
        missed.forEach(slot -> outbox.append(slot.subjectId().toString(), NotificationEvents.COMMUNICATION_OVERDUE,
                DeliveryEvent.of(slot, slot.lastError())));
        Delivery first = missed.get(0);
        NoticeView view = new NoticeView(prefix(first) + "Communication overdue: updates were missed while notifications could not be sent",
                List.of("Updates due from " + time.format(first.dueAt()) + " to " + time.format(missed.get(missed.size() - 1).dueAt())
                        + " were not sent on time. Update " + late.slot() + ", due " + time.format(late.dueAt())
                        + ", went out late and carried the latest status instead; the next updates follow the usual rhythm."),
                List.of(), null, null);
        notices.email(first.subjectType(), first.subjectId(), "missed/" + first.planId() + "/" + first.dueAt(), AUDIENCE,
                DeliveryKind.OVERDUE_NOTICE, List.of(responsible(first)), view);
    }

    /** A delivery was given up on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(Delivery failed) {
        outbox.append(failed.subjectId().toString(), NotificationEvents.DELIVERY_FAILED, DeliveryEvent.of(failed, failed.lastError()));
        if (failed.kind().isAboutCommunication()) {
            return;
        }
        NoticeView view = new NoticeView(prefix(failed) + "Delivery failed: " + describe(failed),
                List.of("The " + failed.kind().name().toLowerCase().replace('_', ' ') + " to " + failed.audience() + " by "
                        + failed.channel() + " could not be delivered after " + failed.attempts() + " attempt(s).",
                        "Reason: " + failed.lastError()), List.of(), null, null);
        notices.email(failed.subjectType(), failed.subjectId(), "failed/" + failed.id(), AUDIENCE, DeliveryKind.FAILURE_NOTICE,
                List.of(responsible(failed)), view);
    }

    private String describe(Delivery delivery) {
        String slot = delivery.slot() == null ? "" : " slot " + delivery.slot();
        return delivery.audience() + slot + " (" + delivery.channel() + ")";
    }

    private String prefix(Delivery delivery) {
        return delivery.subjectType() == SubjectType.INCIDENT ? ""
                : majorIncidents.findByIdOptional(delivery.subjectId()).map(v -> "[" + v.facts().reference() + "] ").orElse("");
    }

    private Recipient responsible(Delivery delivery) {
        if (delivery.subjectType() == SubjectType.INCIDENT) {
            return notices.serviceDesk();
        }
        return majorIncidents.findByIdOptional(delivery.subjectId()).map(MajorIncidentView::facts)
                .map(MajorIncidentFacts::coordinator).filter(c -> c.hasEmail())
                .map(c -> new Recipient(c.name(), c.email()))
                .orElse(new Recipient(config.coordinatorFallback().name(), config.coordinatorFallback().email()));
    }
}
