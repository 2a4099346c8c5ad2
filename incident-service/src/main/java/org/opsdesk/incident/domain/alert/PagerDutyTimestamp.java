package org.opsdesk.incident.domain.alert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import org.opsdesk.platform.errors.InvalidFieldException;

/** The {@code payload.timestamp} of a PagerDuty event: ISO-8601, with the offset written any of the usual ways. */
public final class PagerDutyTimestamp {

    /** PagerDuty's own examples write offsets without a colon ({@code 2015-07-17T08:42:58.315+0000}). */
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter();

    private PagerDutyTimestamp() {
    }

    /** @return null when the event gives no timestamp */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip(), FORMAT).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("payload.timestamp", "'" + text + "' is not an ISO-8601 date-time");
        }
    }
}
