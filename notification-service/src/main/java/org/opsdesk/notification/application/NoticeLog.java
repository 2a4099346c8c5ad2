package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opsdesk.notification.domain.Delivery;
import org.opsdesk.notification.domain.DeliveryAttempt;
import org.opsdesk.notification.domain.Notice;
import org.opsdesk.notification.persistence.DeliveryAttemptRepository;
import org.opsdesk.notification.persistence.NoticeRepository;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

/** The personal notices with their deliveries and attempts, newest first (GET /api/v1/notices). */
@ApplicationScoped
@Transactional
public class NoticeLog {

    private final NoticeRepository notices;
    private final DeliveryAttemptRepository attempts;

    NoticeLog(NoticeRepository notices, DeliveryAttemptRepository attempts) {
        this.notices = notices;
        this.attempts = attempts;
    }

    public record Entry(Notice notice, List<CommunicationLog.Entry> deliveries) {
    }

    /** Filters of GET /api/v1/notices; null: any. */
    public Page<Entry> list(UUID subjectId, String recipient, String type, PageRequest page) {
        NoticeRepository.Filter filter = new NoticeRepository.Filter(subjectId, recipient, type);
        List<Notice> items = notices.page(filter, page.offset(), page.size());
        List<Delivery> deliveries = notices.deliveriesOf(items.stream().map(Notice::id).toList());
        Map<UUID, List<DeliveryAttempt>> byDelivery = attempts.of(deliveries.stream().map(Delivery::id).toList()).stream()
                .collect(Collectors.groupingBy(DeliveryAttempt::deliveryId));
        Map<UUID, List<CommunicationLog.Entry>> byNotice = deliveries.stream().collect(Collectors.groupingBy(Delivery::noticeId,
                Collectors.mapping(d -> new CommunicationLog.Entry(d, byDelivery.getOrDefault(d.id(), List.of())), Collectors.toList())));
        return new Page<>(items.stream().map(n -> new Entry(n, byNotice.getOrDefault(n.id(), List.of()))).toList(),
                notices.count(filter), page.page(), page.size());
    }
}
