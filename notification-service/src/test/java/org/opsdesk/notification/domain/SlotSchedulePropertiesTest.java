package org.opsdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opsdesk.platform.testing.Properties.between;
import static org.opsdesk.platform.testing.Properties.forAll;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CO-1/CO-4: whatever the outage, the next slot keeps the rhythm, is ahead of now, and every slot passed is accounted for. */
class SlotSchedulePropertiesTest {

    private static final Instant DECLARED = Instant.parse("2026-11-23T14:00:00Z");

    record Case(int cadenceSeconds, long secondsSinceDue) {
    }

    /**
     * Any cadence and time, or (one case in four) a time on a slot or a second either side of it, where the rhythm
     * could slip. Only the latter favours the 1-second cadence: over a 10-day outage it misses 864,000 slots.
     */
    private static Case anyCase(Random random) {
        if (random.nextInt(4) > 0) {
            return new Case(random.nextInt(1, 7_201), between(random, -86_400L, 864_000L));
        }
        int cadence = between(random, 1, 7_200);
        return new Case(cadence, between(random, -12, 120) * (long) cadence + between(random, -1, 1));
    }

    @Test
    void theNextSlotIsTheFirstAheadOnTheRhythmAndEveryPassedSlotIsMissedOnce() {
        forAll("the next slot is the first ahead on the rhythm and every passed slot is missed once", 1000,
                SlotSchedulePropertiesTest::anyCase, c -> {
                    Duration cadence = Duration.ofSeconds(c.cadenceSeconds());
                    Instant now = DECLARED.plusSeconds(c.secondsSinceDue());

                    SlotSchedule.Next next = SlotSchedule.after(DECLARED, cadence, now);

                    assertThat(next.due()).isAfter(now);
                    assertThat(next.due().minus(cadence)).isBeforeOrEqualTo(now.isBefore(DECLARED) ? DECLARED : now);
                    assertThat(Duration.between(DECLARED, next.due()).toSeconds() % c.cadenceSeconds()).isZero();
                    long passed = c.secondsSinceDue() < c.cadenceSeconds() ? 0 : c.secondsSinceDue() / c.cadenceSeconds();
                    assertThat(next.missed()).hasSize((int) passed).doesNotHaveDuplicates().isSorted()
                            .allSatisfy(slot -> assertThat(slot).isAfter(DECLARED).isBeforeOrEqualTo(now));
                });
    }
}
