package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Contact;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.Message;
import org.opsdesk.notification.domain.Notice;
import org.opsdesk.notification.domain.NoticeRoute;
import org.opsdesk.notification.domain.Person;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.Urgency;
import org.opsdesk.notification.persistence.NoticeRepository;
import org.opsdesk.notification.persistence.NoticeRouteRepository;
import org.opsdesk.platform.text.Text;

/**
 * Tells the people a route names about one fact (issue 13): each person of the directory on the channels of the
 * route's urgency, each once (the notice's dedupKey: fact and person), through the delivery log. Someone the
 * directory does not know, or a fact that reaches nobody, is reported to the service desk, never dropped.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonalNotices {

    private static final Logger LOG = Logger.getLogger(PersonalNotices.class);

    private final NoticeRouteRepository routes;
    private final NoticeRecipients recipients;
    private final NoticeRepository notices;
    private final DeliveryQueue queue;
    private final Notices oneOff;
    private final NotificationConfig config;
    private final Clock clock;

    PersonalNotices(NoticeRouteRepository routes, NoticeRecipients recipients, NoticeRepository notices, DeliveryQueue queue,
                    Notices oneOff, NotificationConfig config, Clock clock) {
        this.routes = routes;
        this.recipients = recipients;
        this.notices = notices;
        this.queue = queue;
        this.oneOff = oneOff;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param fact what is told, unique within the notice type (an event's own fact, e.g. the incident id and the time)
     * @return how many people were told for the first time
     */
    public int tell(String noticeType, String fact, Notice.Subject subject, NoticeRecipients.Parties parties, NoticeView view) {
        NoticeRoute route = routes.findByIdOptional(noticeType).orElse(null);
        if (route == null) {
            LOG.debugf("%s: no route, nobody is told", noticeType);
            return 0;
        }
        Instant now = clock.instant();
        String headline = "[" + subject.reference() + "] " + view.headline();
        NoticeView titled = new NoticeView(headline, view.paragraphs(), view.facts(), view.preformatted(), view.footer());
        Map<String, NoticeRecipients.Resolved> people = new LinkedHashMap<>();
        route.rules().forEach(rule -> recipients.resolve(rule, parties).forEach(p -> people.putIfAbsent(p.key(), p)));
        if (people.isEmpty()) {
            Notice notice = new Notice(noticeType + "/" + fact + "/nobody", noticeType, route.urgency(), subject, "nobody",
                    null, false, headline, now);
            if (notices.insertIfAbsent(notice)) {
                reportToServiceDesk(notice, titled, "Nobody to tell: no recipient of " + String.join(", ", route.recipients())
                        + " is known for this " + noticeType + ". Please pass it on and complete the directory.", now);
            }
            return 0;
        }
        int told = 0;
        for (NoticeRecipients.Resolved person : people.values()) {
            Notice notice = new Notice(noticeType + "/" + fact + "/" + person.key(), noticeType, route.urgency(), subject,
                    person.key(), person.name(), person.contact() != null, headline, now);
            if (notices.insertIfAbsent(notice)) {
                told++;
                send(notice, person, titled, now);
            }
        }
        return told;
    }

    private void send(Notice notice, NoticeRecipients.Resolved person, NoticeView view, Instant now) {
        List<Channel> channels = person.contact() == null ? List.of(Channel.EMAIL) : person.contact().channels(notice.urgency(),
                notice.urgency() == Urgency.HIGH ? config.people().highUrgency() : config.people().lowUrgency());
        List<Channel> sent = new ArrayList<>();
        for (Channel channel : channels) {
            String address = address(person, channel);
            if (address != null) {
                queue.add(Delivery.personal(notice, channel, new Recipient(person.name(), address), message(channel, view), now,
                        config.overdueGrace()), now);
                sent.add(channel);
            }
        }
        if (person.contact() == null) {
            reportToServiceDesk(notice, view, "'" + person.key() + "' is not in the person directory (PUT /api/v1/contacts/{login})"
                    + (sent.isEmpty() ? "; nobody was told." : "; only the address the event gave was emailed."), now);
        } else if (sent.isEmpty()) {
            reportToServiceDesk(notice, view, "'" + person.key() + "' has no address for " + channels + "; nobody was told.", now);
        }
    }

    private static String address(NoticeRecipients.Resolved person, Channel channel) {
        Person p = person.address();
        String value = switch (channel) {
            case EMAIL -> p.email();
            case SMS, VOICE -> p.phone();
            default -> null;
        };
        return Text.isBlank(value) ? null : value;
    }

    private void reportToServiceDesk(Notice notice, NoticeView view, String problem, Instant now) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(problem);
        paragraphs.addAll(view.paragraphs());
        NoticeView report = new NoticeView(view.headline() + " (undelivered: " + notice.recipient() + ")", paragraphs, view.facts(),
                view.preformatted(), view.footer());
        Recipient desk = oneOff.serviceDesk();
        queue.add(Delivery.personal(notice, Channel.EMAIL, desk, message(Channel.EMAIL, report), now, config.overdueGrace()), now);
        LOG.warnf("%s about %s: %s", notice.noticeType(), notice.reference(), problem);
    }

    private static Message message(Channel channel, NoticeView view) {
        if (channel == Channel.EMAIL) {
            return new Message(view.headline(), UpdateMessages.text(MessageTemplates.noticeText(view)),
                    UpdateMessages.text(MessageTemplates.noticeHtml(view)));
        }
        String text = view.headline() + (view.paragraphs().isEmpty() ? "" : ". " + view.paragraphs().get(0));
        return new Message(view.headline(), Text.clip(text, 300), null);
    }
}
