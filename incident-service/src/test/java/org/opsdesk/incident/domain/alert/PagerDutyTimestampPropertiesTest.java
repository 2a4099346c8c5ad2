package org.opsdesk.incident.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.opsdesk.platform.testing.Properties.between;
import static org.opsdesk.platform.testing.Properties.forAll;
import static org.opsdesk.platform.testing.Properties.string;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opsdesk.platform.errors.InvalidFieldException;

/** PagerDuty timestamps: every usual way of writing the offset names the same instant; anything else is a 400. */
class PagerDutyTimestampPropertiesTest {

    private static final String TIMESTAMP_CHARACTERS = "0123456789-:T.+Zz \t\nx日\u0000";

    @Test
    void everyWayOfWritingTheOffsetGivesTheSameInstant() {
        record Case(Instant instant, ZoneOffset offset) {
        }
        forAll("every way of writing the offset gives the same instant", 1000, random -> new Case(
                Instant.ofEpochSecond(between(random, 0, 4_102_444_800L), between(random, 0, 999) * 1_000_000L),
                ZoneOffset.ofTotalSeconds(between(random, -18 * 4, 18 * 4) * 15 * 60)), c -> {
                    String local = LocalDateTime.ofInstant(c.instant(), c.offset()).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                    int minutes = Math.abs(c.offset().getTotalSeconds()) / 60;
                    String sign = c.offset().getTotalSeconds() < 0 ? "-" : "+";
                    String colon = "%s%02d:%02d".formatted(sign, minutes / 60, minutes % 60);
                    String compact = "%s%02d%02d".formatted(sign, minutes / 60, minutes % 60);

                    assertThat(PagerDutyTimestamp.parse(local + colon)).isEqualTo(c.instant());
                    assertThat(PagerDutyTimestamp.parse(local + compact)).isEqualTo(c.instant());
                    assertThat(PagerDutyTimestamp.parse(" " + local + colon + " ")).isEqualTo(c.instant());
                    if (minutes % 60 == 0) {
                        assertThat(PagerDutyTimestamp.parse(local + colon.substring(0, 3))).isEqualTo(c.instant());
                    }
                    if (minutes == 0) {
                        assertThat(PagerDutyTimestamp.parse(local + "Z")).isEqualTo(c.instant());
                    }
                });
    }

    /** Half the texts are a real timestamp with a few characters changed, half are any string of timestamp-like characters. */
    private static String text(Random random) {
        if (random.nextBoolean()) {
            return string(random, TIMESTAMP_CHARACTERS, 0, 40);
        }
        StringBuilder text = new StringBuilder("2015-07-17T08:42:58.315+0000");
        for (int changes = between(random, 1, 3); changes > 0; changes--) {
            text.setCharAt(random.nextInt(text.length()), TIMESTAMP_CHARACTERS.charAt(random.nextInt(TIMESTAMP_CHARACTERS.length())));
        }
        return text.toString();
    }

    @Test
    void anyOtherTextIsRefusedNamingTheField() {
        forAll("any other text is refused naming the field", 1000, PagerDutyTimestampPropertiesTest::text, text -> {
            Throwable thrown = catchThrowable(() -> PagerDutyTimestamp.parse(text));
            if (thrown != null) {
                assertThat(thrown).isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("payload.timestamp"));
            }
        });
    }
}
