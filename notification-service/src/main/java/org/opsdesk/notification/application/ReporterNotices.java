package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.opsdesk.notification.application.NoticeView.Fact;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.IncidentFacts;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SubjectType;

/** Notices to the person who reported an incident: its resolution with the dispute deadline (CO-5), a referral. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReporterNotices {

    private static final Logger LOG = Logger.getLogger(ReporterNotices.class);
    static final String AUDIENCE = "reporter";

    private final Notices notices;
    private final TimeText time;

    ReporterNotices(Notices notices, TimeText time) {
        this.notices = notices;
        this.time = time;
    }

    /** 001 §5.9: the resolution, and how long the customer has to dispute it and how. */
    public void resolved(IncidentFacts facts) {
        if (!reachable(facts)) {
            return;
        }
        String type = "WORKAROUND".equals(facts.resolutionType()) ? "Workaround" : "PERMANENT_FIX".equals(facts.resolutionType())
                ? "Permanent fix" : facts.resolutionType();
        NoticeView view = new NoticeView("[" + facts.reference() + "] Your incident has been resolved",
                List.of("Your incident \"" + facts.summary() + "\" has been resolved.",
                        "If the problem is not solved, you can dispute the resolution until " + time.format(facts.disputeDeadline())
                                + ". " + notices.disputeInstructions(),
                        "After that date the case closes automatically."),
                List.of(new Fact("Reference", facts.reference()), new Fact("Resolution", facts.resolution()),
                        new Fact("Resolution type", type), new Fact("Resolved", time.format(facts.resolvedAt())),
                        new Fact("Dispute deadline", time.format(facts.disputeDeadline()))), null, null);
        notices.email(SubjectType.INCIDENT, facts.incidentId(), "resolution-notice/" + facts.incidentId() + "/" + facts.resolvedAt(),
                AUDIENCE, DeliveryKind.RESOLUTION_NOTICE, List.of(recipient(facts.reporter())), view);
    }

    /** Another help desk owns the case: the reporter gets its contact details. */
    public void referred(IncidentFacts facts) {
        if (!reachable(facts)) {
            return;
        }
        Person desk = facts.helpDesk() != null ? facts.helpDesk() : new Person("another help desk", null, null, null, null);
        NoticeView view = new NoticeView("[" + facts.reference() + "] Your request was referred to " + desk.name(),
                List.of("Your request \"" + facts.summary() + "\" is handled by " + desk.name() + ", not by us.",
                        "Please contact them directly; they have the details of your request."),
                List.of(new Fact("Reference", facts.reference()), new Fact("Help desk", desk.name()),
                        new Fact("Phone", desk.phone()), new Fact("Email", desk.email()), new Fact("Web", desk.url())), null, null);
        notices.email(SubjectType.INCIDENT, facts.incidentId(), "referral/" + facts.incidentId() + "/" + desk.name(),
                AUDIENCE, DeliveryKind.REFERRAL_NOTICE, List.of(recipient(facts.reporter())), view);
    }

    private boolean reachable(IncidentFacts facts) {
        if (facts.reporter() == null || !facts.reporter().hasEmail()) {
            LOG.warnf("incident %s: the reporter has no email address, no notice sent", facts.reference());
            return false;
        }
        return true;
    }

    private static Recipient recipient(Person person) {
        return new Recipient(person.name(), person.email());
    }
}
