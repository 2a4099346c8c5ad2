package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opsdesk.notification.config.NotificationConfig;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryKind;
import org.opsdesk.notification.domain.Message;
import org.opsdesk.notification.domain.Recipient;
import org.opsdesk.notification.domain.SubjectType;

/** One-off notices: rendered once, then sent, retried and logged like every slot. */
@ApplicationScoped
public class Notices {

    private final DeliveryQueue queue;
    private final NotificationConfig config;
    private final Clock clock;

    Notices(DeliveryQueue queue, NotificationConfig config, Clock clock) {
        this.queue = queue;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Queues an email notice unless one with the same {@code dedupKey} exists (the same fact reported twice).
     * @return the new delivery, or null when it already existed or nobody has an address
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery email(SubjectType type, UUID subjectId, String dedupKey, String audience, DeliveryKind kind,
                          List<Recipient> recipients, NoticeView notice) {
        Message message = new Message(notice.headline(), UpdateMessages.text(MessageTemplates.noticeText(notice)),
                UpdateMessages.text(MessageTemplates.noticeHtml(notice)));
        Instant now = clock.instant();
        Delivery delivery = Delivery.notice(type, subjectId, dedupKey, audience, Channel.EMAIL, kind, recipients, message,
                now, config.overdueGrace());
        return queue.add(delivery, now) ? delivery : null;
    }

    public Recipient serviceDesk() {
        return new Recipient(config.serviceDesk().name(), config.serviceDesk().email());
    }

    public String disputeInstructions() {
        String how = "To dispute the resolution, contact " + config.serviceDesk().name() + " at "
                + config.serviceDesk().phone() + " or " + config.serviceDesk().email();
        return how + config.serviceDesk().url().map(url -> " (" + url + ")").orElse("")
                + " before the deadline and ask for the case to be reopened.";
    }
}
