package org.opsdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** CO-1/CO-4: whatever the outage, the next slot keeps the rhythm, is ahead of now, and every slot passed is accounted for. */
class SlotSchedulePropertiesTest {

    private static final Instant DECLARED = Instant.parse("2026-11-23T14:00:00Z");

    @Property
    void theNextSlotIsTheFirstAheadOnTheRhythmAndEveryPassedSlotIsMissedOnce(
            @ForAll @IntRange(min = 1, max = 7_200) int cadenceSeconds,
            @ForAll @LongRange(min = -86_400, max = 864_000) long secondsSinceDue) {
        Duration cadence = Duration.ofSeconds(cadenceSeconds);
        Instant now = DECLARED.plusSeconds(secondsSinceDue);

        SlotSchedule.Next next = SlotSchedule.after(DECLARED, cadence, now);

        assertThat(next.due()).isAfter(now);
        assertThat(next.due().minus(cadence)).isBeforeOrEqualTo(now.isBefore(DECLARED) ? DECLARED : now);
        assertThat(Duration.between(DECLARED, next.due()).toSeconds() % cadenceSeconds).isZero();
        long passed = secondsSinceDue < cadenceSeconds ? 0 : secondsSinceDue / cadenceSeconds;
        assertThat(next.missed()).hasSize((int) passed).doesNotHaveDuplicates().isSorted()
                .allSatisfy(slot -> assertThat(slot).isAfter(DECLARED).isBeforeOrEqualTo(now));
    }
}
