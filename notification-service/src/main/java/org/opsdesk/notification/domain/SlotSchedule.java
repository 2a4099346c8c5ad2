package org.opsdesk.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * When the next slot of an audience is due. Slots keep the rhythm of the first one (due + n × cadence). When a slot
 * went out so late that later slots' times have come too (the service was down), those are recorded as missed,
 * because the late update already carried the latest news, and the next one is the first still ahead.
 */
public final class SlotSchedule {

    private SlotSchedule() {
    }

    public record Next(List<Instant> missed, Instant due) {
    }

    public static Next after(Instant previousDue, Duration cadence, Instant now) {
        if (cadence.isZero() || cadence.isNegative()) {
            throw new IllegalArgumentException("cadence must be positive: " + cadence);
        }
        List<Instant> missed = new ArrayList<>();
        Instant due = previousDue.plus(cadence);
        while (!due.isAfter(now)) {
            missed.add(due);
            due = due.plus(cadence);
        }
        return new Next(missed, due);
    }

    /**
     * An update is stale when no status update was published since the one the previous slot carried (CO-4);
     * the first slot announces the declaration and is never stale.
     */
    public static boolean isStale(int slot, Instant statusPublishedAt, Instant previousSlotStatusPublishedAt) {
        if (slot == 0) {
            return false;
        }
        if (statusPublishedAt == null) {
            return true;
        }
        // The stored time has the database's microsecond precision; the event's may carry nanoseconds.
        return previousSlotStatusPublishedAt != null
                && !statusPublishedAt.truncatedTo(ChronoUnit.MICROS).isAfter(previousSlotStatusPublishedAt.truncatedTo(ChronoUnit.MICROS));
    }
}
