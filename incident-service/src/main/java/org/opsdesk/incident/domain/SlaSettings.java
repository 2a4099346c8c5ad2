package org.opsdesk.incident.domain;

import org.opsdesk.platform.time.BusinessCalendar;

/** How clocks are computed: the share of a target at which a warning is due, and the business calendar. */
public record SlaSettings(double warnShare, BusinessCalendar calendar) {

    public SlaSettings {
        if (warnShare <= 0 || warnShare >= 1) {
            throw new IllegalArgumentException("the warning share must lie strictly between 0 and 1");
        }
    }
}
