package org.opsdesk.review.domain;

import java.time.Instant;

/** Compliance figures of a period (RV-6). Durations in seconds; a figure with nothing to measure is null. */
public record ServiceMetrics(Instant from, Instant to, String service, String priority, Incidents incidents,
                             Double mttaSeconds, Double mttrSeconds, Sla sla, long majorIncidents, Timeliness reviews,
                             ActionItems actionItems) {

    public record Incidents(long count, long acknowledged, long resolved) {
    }

    public record Compliance(long measured, long breached, Double compliancePercent) {
        public static Compliance of(long measured, long breached) {
            return new Compliance(measured, breached, percent(measured - breached, measured));
        }
    }

    public record Sla(Compliance response, Compliance resolution) {
    }

    /** Deliverables due in the period: distributed by the deadline, after it, or not at all though overdue. */
    public record Timeliness(long due, long distributedOnTime, long distributedLate, long missed, long pending,
                             Double onTimePercent) {
        public static Timeliness of(long onTime, long late, long missed, long pending) {
            return new Timeliness(onTime + late + missed + pending, onTime, late, missed, pending,
                    percent(onTime, onTime + late + missed));
        }
    }

    /** Current counts (not bound to the period). */
    public record ActionItems(long open, long overdue) {
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
