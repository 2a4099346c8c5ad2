package org.opsdesk.notification.domain;

/** What a delivery says. UPDATE and RESOLUTION are the slots of a communication plan; the others are one-off notices. */
public enum DeliveryKind {
    UPDATE,
    RESOLUTION,
    STALE_NOTICE,
    OVERDUE_NOTICE,
    FAILURE_NOTICE,
    RESOLUTION_NOTICE,
    REFERRAL_NOTICE,
    PROPOSAL_NOTICE,
    REVIEW_REPORT,
    REVIEW_DEADLINE_NOTICE,
    /** One channel of a notice to a person of the directory (issue 13): GET /api/v1/notices. */
    PERSONAL_NOTICE;

    /** Notices to the coordinator about the communication itself; a failure of one of them is not reported again. */
    public boolean isAboutCommunication() {
        return this == STALE_NOTICE || this == OVERDUE_NOTICE || this == FAILURE_NOTICE;
    }
}
