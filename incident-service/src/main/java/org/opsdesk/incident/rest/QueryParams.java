package org.opsdesk.incident.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.opsdesk.platform.errors.InvalidFieldException;

/**
 * Typed query parameters. JAX-RS answers 404 when it cannot convert a query parameter; a bad filter is a bad
 * request, so parameters arrive as text and are converted here (400 naming the parameter).
 */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(name, "'" + value + "' is none of " + List.of(type.getEnumConstants()));
        }
    }

    static <E extends Enum<E>> List<E> enumValues(String name, List<String> values, Class<E> type) {
        return values == null ? List.of() : values.stream().map(v -> enumValue(name, v, type)).toList();
    }

    static UUID uuid(String name, String value) {
        return parse(name, value, "a UUID", UUID::fromString);
    }

    static Integer integer(String name, String value, int min, int max) {
        Integer number = parse(name, value, "a number", Integer::valueOf);
        if (number != null && (number < min || number > max)) {
            throw new InvalidFieldException(name, "must be between " + min + " and " + max);
        }
        return number;
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidFieldException(name, "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(name, "is required (an ISO-8601 instant such as 2026-01-01T00:00:00Z)");
        }
        return parse(name, value, "an ISO-8601 instant", Instant::parse);
    }

    private static <T> T parse(String name, String value, String what, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidFieldException(name, "'" + value + "' is not " + what);
        }
    }
}
