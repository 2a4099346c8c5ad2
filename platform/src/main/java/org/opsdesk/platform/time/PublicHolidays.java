package org.opsdesk.platform.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The days off of a jurisdiction's public holidays, as observed: a holiday on a weekend may be observed on a
 * day of the neighbouring year (New Year's Day 2028, a Saturday, is observed on Friday 31 December 2027), so a
 * year's days off are gathered from the holidays of that year and of the years on either side.
 */
public final class PublicHolidays implements Predicate<LocalDate> {

    private final HolidayManager holidays;
    private final String[] region;
    private final Map<Integer, Set<LocalDate>> daysOffByYear = new ConcurrentHashMap<>();

    public PublicHolidays(String country, String... region) {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(country));
        this.region = region;
    }

    @Override
    public boolean test(LocalDate date) {
        return daysOffByYear.computeIfAbsent(date.getYear(), this::daysOff).contains(date);
    }

    private Set<LocalDate> daysOff(int year) {
        return IntStream.rangeClosed(year - 1, year + 1)
                .mapToObj(y -> holidays.getHolidays(Year.of(y), region))
                .flatMap(Set::stream)
                .map(Holiday::getDate)
                .filter(day -> day.getYear() == year)
                .collect(Collectors.toUnmodifiableSet());
    }
}
