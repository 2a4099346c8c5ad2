package org.opsdesk.incident.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.opsdesk.platform.errors.InvalidFieldException;

/** PagerDuty timestamps: every usual way of writing the offset names the same instant; anything else is a 400. */
class PagerDutyTimestampPropertiesTest {

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.integers().between(-18 * 4, 18 * 4).map(quarters -> ZoneOffset.ofTotalSeconds(quarters * 15 * 60));
    }

    @Property
    void everyWayOfWritingTheOffsetGivesTheSameInstant(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
                                                       @ForAll @IntRange(min = 0, max = 999) int millis,
                                                       @ForAll("offsets") ZoneOffset offset) {
        Instant instant = Instant.ofEpochSecond(epochSecond, millis * 1_000_000L);
        String local = LocalDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        int minutes = Math.abs(offset.getTotalSeconds()) / 60;
        String sign = offset.getTotalSeconds() < 0 ? "-" : "+";
        String colon = "%s%02d:%02d".formatted(sign, minutes / 60, minutes % 60);
        String compact = "%s%02d%02d".formatted(sign, minutes / 60, minutes % 60);

        assertThat(PagerDutyTimestamp.parse(local + colon)).isEqualTo(instant);
        assertThat(PagerDutyTimestamp.parse(local + compact)).isEqualTo(instant);
        assertThat(PagerDutyTimestamp.parse(" " + local + colon + " ")).isEqualTo(instant);
        if (minutes % 60 == 0) {
            assertThat(PagerDutyTimestamp.parse(local + colon.substring(0, 3))).isEqualTo(instant);
        }
        if (minutes == 0) {
            assertThat(PagerDutyTimestamp.parse(local + "Z")).isEqualTo(instant);
        }
    }

    @Property
    void anyOtherTextIsRefusedNamingTheField(@ForAll String text) {
        Throwable thrown = catchThrowable(() -> PagerDutyTimestamp.parse(text));
        if (thrown != null) {
            assertThat(thrown).isInstanceOfSatisfying(InvalidFieldException.class,
                    e -> assertThat(e.field()).isEqualTo("payload.timestamp"));
        }
    }
}
