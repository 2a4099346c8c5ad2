package org.opsdesk.platform.time;

import java.time.LocalDate;

/** Days the organisation is closed beyond weekends and public holidays (e.g. added through a service's API). */
@FunctionalInterface
public interface ClosureDays {

    boolean isClosed(LocalDate date);
}
