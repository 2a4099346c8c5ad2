package org.opsdesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What review events do here: distributed reports are emailed to their recipients, missed deadlines escalated
 * (ReviewNotices); deadlines, approvals, rejections and overdue action items are routed to people (ReviewAlerts).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewHandler {

    public static final String DISTRIBUTED = "review.distributed";
    public static final String DEADLINE_MISSED = "review.deadline-missed";

    private final ReviewNotices notices;
    private final ReviewAlerts alerts;

    ReviewHandler(ReviewNotices notices, ReviewAlerts alerts) {
        this.notices = notices;
        this.alerts = alerts;
    }

    /** @param review the review's notice data, for the types that send one; else null */
    public void on(String type, ReviewNotices.Review review, ReviewAlerts.Event alert) {
        switch (type) {
            case DISTRIBUTED -> notices.distributed(review);
            case DEADLINE_MISSED -> notices.deadlineMissed(review);
            default -> { }
        }
        alerts.on(type, alert);
    }
}
