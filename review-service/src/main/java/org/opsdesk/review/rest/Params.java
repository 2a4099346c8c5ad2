package org.opsdesk.review.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.opsdesk.platform.errors.InvalidFieldException;
import org.opsdesk.platform.errors.ResourceNotFoundException;

/** Query, path and header values read leniently as text, then refused with the parameter's name (400). */
final class Params {

    private Params() {
    }

    /** An ISO instant ({@code 2026-11-01T00:00:00Z}) or a date, meaning the start of that day in {@code zone}. */
    static Instant instant(String name, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T") ? Instant.parse(value.trim()) : LocalDate.parse(value.trim()).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "not an ISO-8601 instant or date");
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidFieldException(name, "must be true or false");
        };
    }

    static <T> T optional(String name, String value, Function<String, Optional<T>> parser, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parser.apply(value).orElseThrow(() -> new InvalidFieldException(name, "must be one of " + expected));
    }

    /** A path segment naming something that does not exist is a 404, not a 400. */
    static <T> T path(String what, String value, Function<String, Optional<T>> parser) {
        return parser.apply(value).orElseThrow(() -> new ResourceNotFoundException(what, value));
    }

    /** {@code If-Match: "12"} (or {@code 12}) → 12. */
    static Integer ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("If-Match", "must be the review's version as returned in its ETag");
        }
    }
}
