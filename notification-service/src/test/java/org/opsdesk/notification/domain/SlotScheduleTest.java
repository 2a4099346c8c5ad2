package org.opsdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlotScheduleTest {

    static final Instant T0 = Instant.parse("2026-11-23T14:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    @Test
    void anOnTimeSlotIsFollowedOneCadenceAfterItsDueTimeNotAfterItsSendTime() {
        SlotSchedule.Next next = SlotSchedule.after(T0, HOUR, T0.plusSeconds(40));
        assertThat(next.due()).isEqualTo(T0.plus(HOUR));
        assertThat(next.missed()).isEmpty();
    }

    @Test
    void aSlotSentAfterLaterSlotsCameDueRecordsThemMissedAndKeepsTheRhythm() {
        SlotSchedule.Next next = SlotSchedule.after(T0, HOUR, T0.plus(Duration.ofMinutes(150)));
        assertThat(next.missed()).containsExactly(T0.plus(HOUR), T0.plus(HOUR.multipliedBy(2)));
        assertThat(next.due()).isEqualTo(T0.plus(HOUR.multipliedBy(3)));
    }

    @Test
    void aSlotSentExactlyWhenTheNextFallsDueCoversIt() {
        SlotSchedule.Next next = SlotSchedule.after(T0, HOUR, T0.plus(HOUR));
        assertThat(next.missed()).containsExactly(T0.plus(HOUR));
        assertThat(next.due()).isEqualTo(T0.plus(HOUR.multipliedBy(2)));
    }

    @Test
    void theCadenceMustBePositive() {
        assertThatThrownBy(() -> SlotSchedule.after(T0, Duration.ZERO, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstSlotIsNeverStaleLaterOnesAreWhenNoStatusWasPublishedSinceThePreviousSlot() {
        Instant status = T0.plusSeconds(600);
        assertThat(SlotSchedule.isStale(0, null, null)).isFalse();
        assertThat(SlotSchedule.isStale(1, null, null)).isTrue();
        assertThat(SlotSchedule.isStale(1, status, null)).isFalse();
        assertThat(SlotSchedule.isStale(2, status, status)).isTrue();
        assertThat(SlotSchedule.isStale(2, status.plusSeconds(1), status)).isFalse();
    }
}
