package org.opsdesk.review.persistence;

import java.util.Arrays;
import java.util.List;

/** Conversions of native query columns. */
final class Rows {

    private Rows() {
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(IncidentFactRepository.SEPARATOR));
    }

    static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
