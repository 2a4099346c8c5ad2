package org.opsdesk.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicHolidaysTest {

    private final PublicHolidays oklahoma = new PublicHolidays("US", "ok");

    @ParameterizedTest(name = "{0} is a day off: {1}")
    @CsvSource({
            "2027-12-31, true",   // New Year's Day 2028 falls on a Saturday: observed the Friday before, in 2027
            "2021-12-31, true",   // the same for 2022
            "2028-01-01, false",  // the Saturday itself is the weekend's business, not a holiday day off
            "2026-11-26, true",   // Thanksgiving
            "2026-11-27, true",   // Oklahoma: the day after Thanksgiving
            "2026-07-03, true",   // Independence Day 2026 is a Saturday: observed on Friday 3 July
            "2026-11-25, false",
    })
    void daysOffAreTheObservedDates(LocalDate date, boolean dayOff) {
        assertThat(oklahoma.test(date)).isEqualTo(dayOff);
    }
}
